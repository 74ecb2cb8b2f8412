// Governance: the meeting cycle (bodies, cadence, meetings) and the tracker of decisions, actions,
// recommendations and the progress and issues log.
export {
  addMonths,
  bodyKindNames,
  bodyKinds,
  cadenceText,
  nextMeeting,
  type BodyKind,
  type GovernanceBody,
  type Meeting,
  type MeetingStatus,
  type NextMeeting,
} from './cycle';
export {
  isOutstanding,
  isOverdue,
  itemKinds,
  itemStatuses,
  kindNames,
  overdueItems,
  statusNames,
  trackerSummary,
  type GovernanceItem,
  type ItemKind,
  type ItemStatus,
} from './items';
