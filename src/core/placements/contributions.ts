import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import type { Partner, Placement } from './placement';
import { addYearCosts, placementCostInYear } from './placementCosts';

/** One partner's contribution this year and last, and the change (positive: the partner pays more). */
export interface ContributionChange<P extends string = Partner> {
  readonly partner: P;
  readonly current: Pence;
  readonly previous: Pence;
  readonly change: Pence;
}

/** Contributions falling in a financial year, by partner. */
export function contributionsByPartner(
  placements: readonly Placement[],
  fy: FinancialYear,
): Record<Partner, Pence> {
  return { ...addYearCosts(placements.map((p) => placementCostInYear(p, fy))).contributions };
}

/**
 * Each partner's change against the previous year, and the total, as in seed 003's table "Actual
 * increase in contribution relative to 2020/21". Partners are whatever keys the two records share, so
 * a council that splits health into children's and adults' health can report that way too.
 */
export function contributionChanges<P extends string>(
  current: Readonly<Record<P, Pence>>,
  previous: Readonly<Record<P, Pence>>,
  order?: readonly P[],
): { rows: ContributionChange<P>[]; total: ContributionChange<'total'> } {
  const keys = order ?? (Object.keys(current) as P[]);
  const rows = keys.map((partner) => ({
    partner,
    current: current[partner] ?? 0,
    previous: previous[partner] ?? 0,
    change: (current[partner] ?? 0) - (previous[partner] ?? 0),
  }));
  const sum = (pick: (r: ContributionChange<P>) => Pence) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    rows,
    total: {
      partner: 'total',
      current: sum((r) => r.current),
      previous: sum((r) => r.previous),
      change: sum((r) => r.change),
    },
  };
}
