// The signed Safety Valve returns that hold a plan version, in words: a version a signed or submitted
// return reads cannot change (the server refuses with the same reason), so the page says why it is read only.
import { periodLabel } from '../../core/kpi/periodChoices';
import type { VersionInfo } from './queries.ts';

/** Whether a signed (or submitted) return holds the version. */
export const isHeld = (version: Pick<VersionInfo, 'heldBy'>): boolean => version.heldBy.length > 0;

/** Why a held version cannot change: "It is used by the signed Safety Valve return Q1 2021-22." */
export function heldByText(version: Pick<VersionInfo, 'heldBy'>): string {
  const returns = version.heldBy.map((h) => periodLabel(h.period));
  const named =
    returns.length <= 1 ? (returns[0] ?? '') : `${returns.slice(0, -1).join(', ')} and ${returns.at(-1)}`;
  return `It is used by the signed Safety Valve return${returns.length > 1 ? 's' : ''} ${named}.`;
}
