// Governance (issue 15): the meeting cycle and the tracker, written by finance and SEND leads.
export { addBody, addMeeting, updateBody, updateMeeting } from './cycle';
export { addItem, setItemStatus, updateItem } from './items';
export type { BodyInput, ItemInput, ItemStatusInput, MeetingInput } from './inputs';
export { governanceView, type GovernanceView } from './view';
