// The date the Governance page counts next meetings and overdue entries from is in the address:
// `#/314/governance?asAt=2021-06-18` (today when none is given).
import { text } from '../app/search.ts';

/** Checks the Governance page's search params: a date written YYYY-MM-DD, or none. */
export function governanceSearch(search: Record<string, unknown>): { asAt?: string } {
  const asAt = text(search.asAt);
  return { asAt: asAt !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(asAt) ? asAt : undefined };
}
