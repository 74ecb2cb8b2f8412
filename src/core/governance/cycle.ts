import { compareIsoDates, isoDateFromParts, isoDateParts, daysInMonth, type IsoDate } from '../periods';

/** The kinds of body that meet about the High Needs Block. */
export const bodyKinds = ['board', 'committee', 'forum', 'dfe', 'other'] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const bodyKindNames: Record<BodyKind, string> = {
  board: 'Board',
  committee: 'Committee',
  forum: 'Schools Forum',
  dfe: 'DfE meeting',
  other: 'Other meeting',
};

/** A body in the meeting cycle and how often it meets (every N months; null when it has no fixed cadence). */
export interface GovernanceBody {
  id: number;
  name: string;
  kind: BodyKind;
  cadenceMonths: number | null;
  chair: string | null;
  remit: string | null;
}

export type MeetingStatus = 'planned' | 'held' | 'cancelled';

/** One meeting of a body. */
export interface Meeting {
  id: number;
  bodyId: number;
  meetsOn: IsoDate;
  title: string | null;
  status: MeetingStatus;
  notes: string | null;
}

/** The cadence in words: "every 2 months", "every 6 months", "monthly", "as needed". */
export function cadenceText(months: number | null): string {
  if (months === null) return 'as needed';
  if (months === 1) return 'monthly';
  if (months === 3) return 'quarterly';
  if (months === 12) return 'annually';
  return `every ${months} months`;
}

/** The same day `months` later (the last day of the month when it has fewer days: 31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDateFromParts({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** The next meeting of a body on or after today, planned or expected from its cadence. */
export interface NextMeeting {
  bodyId: number;
  meetsOn: IsoDate;
  /** A planned meeting in the diary, or the date the cadence gives after the last meeting. */
  basis: 'planned' | 'cadence';
  meetingId: number | null;
}

/**
 * The body's next meeting: the earliest planned meeting on or after today; without one, the cadence
 * counted on from its last meeting that was not cancelled (as often as needed to reach today); null
 * when it has neither.
 */
export function nextMeeting(
  body: Pick<GovernanceBody, 'id' | 'cadenceMonths'>,
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'bodyId' | 'meetsOn' | 'status'>>,
  today: IsoDate,
): NextMeeting | null {
  const own = meetings
    .filter((m) => m.bodyId === body.id && m.status !== 'cancelled')
    .sort((a, b) => compareIsoDates(a.meetsOn, b.meetsOn));
  const planned = own.find((m) => m.status === 'planned' && compareIsoDates(m.meetsOn, today) >= 0);
  if (planned) return { bodyId: body.id, meetsOn: planned.meetsOn, basis: 'planned', meetingId: planned.id };
  const last = own.at(-1);
  if (!last || body.cadenceMonths === null || body.cadenceMonths <= 0) return null;
  let steps = 1;
  let date = addMonths(last.meetsOn, body.cadenceMonths);
  while (compareIsoDates(date, today) < 0) date = addMonths(last.meetsOn, body.cadenceMonths * ++steps);
  return { bodyId: body.id, meetsOn: date, basis: 'cadence', meetingId: null };
}
