import { compareIsoDates, type IsoDate } from '../periods';

/** What a governance entry is: a decision taken, an action to do, a recommendation to implement, a log entry. */
export const itemKinds = ['decision', 'action', 'recommendation', 'progress', 'issue'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Where an entry stands. "done" is implemented, completed or resolved; "closed" is dropped or superseded. */
export const itemStatuses = ['open', 'inProgress', 'done', 'closed'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** The kinds in the council's words, singular and plural. */
export const kindNames: Record<ItemKind, { one: string; many: string }> = {
  decision: { one: 'decision', many: 'decisions' },
  action: { one: 'action', many: 'actions' },
  recommendation: { one: 'recommendation', many: 'recommendations' },
  progress: { one: 'progress entry', many: 'progress log' },
  issue: { one: 'issue', many: 'issues log' },
};

/** The statuses in words, as the tracker prints them. */
export const statusNames: Record<ItemStatus, string> = {
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  closed: 'Closed',
};

/** One entry of the governance tracker. */
export interface GovernanceItem {
  id: number;
  kind: ItemKind;
  meetingId: number | null;
  /** The council's own reference, e.g. "LGA 3" for the third peer review recommendation. */
  reference: string | null;
  /** Where it comes from, e.g. "LGA SEND peer review, April 2021". */
  source: string | null;
  title: string;
  detail: string | null;
  owner: string | null;
  dueOn: IsoDate | null;
  status: ItemStatus;
  completedOn: IsoDate | null;
  progress: string | null;
  workstream: string | null;
  recordedOn: IsoDate;
}

/** Whether an entry is still to be done (open or in progress). */
export function isOutstanding(item: Pick<GovernanceItem, 'status'>): boolean {
  return item.status === 'open' || item.status === 'inProgress';
}

/** Overdue: still outstanding and its due date has passed (due today is not yet overdue). */
export function isOverdue(item: Pick<GovernanceItem, 'status' | 'dueOn'>, today: IsoDate): boolean {
  return isOutstanding(item) && item.dueOn !== null && compareIsoDates(item.dueOn, today) < 0;
}

/** Outstanding entries that are overdue, the longest overdue first. */
export function overdueItems<T extends Pick<GovernanceItem, 'status' | 'dueOn'>>(
  items: readonly T[],
  today: IsoDate,
): T[] {
  return items.filter((i) => isOverdue(i, today)).sort((a, b) => compareIsoDates(a.dueOn!, b.dueOn!));
}

/** How many entries of each status, and how many are overdue. */
export function trackerSummary(
  items: ReadonlyArray<Pick<GovernanceItem, 'status' | 'dueOn'>>,
  today: IsoDate,
): Record<ItemStatus, number> & { overdue: number } {
  const counts = { open: 0, inProgress: 0, done: 0, closed: 0, overdue: 0 };
  for (const item of items) {
    counts[item.status] += 1;
    if (isOverdue(item, today)) counts.overdue += 1;
  }
  return counts;
}
