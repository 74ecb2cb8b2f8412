import { percentage, type Pence } from '../money';
import type { FinancialYear } from '../periods';
import type { Placement } from './placement';
import { placementCostInYear, type PlacementYearCost } from './placementCosts';
import { settingTypeOf } from './settingTypes';

/** Spend in a financial year in the independent, non-maintained special and independent college sector. */
export interface SectorShare {
  readonly independentSpend: Pence;
  readonly totalSpend: Pence;
  /** Kingston's KPI 38, to 2 decimal places; null when there is no spend at all. */
  readonly sharePct: number | null;
}

/**
 * The share of gross placement spend in a financial year that goes to independent and non-maintained
 * schools and independent specialist post-16 providers (setting types flagged `independentSector`).
 * `costs` (optional): the placements' costs in the year, already worked out, in the same order.
 */
export function independentSectorShare(
  placements: readonly Placement[],
  fy: FinancialYear,
  costs?: readonly PlacementYearCost[],
): SectorShare {
  let independentSpend = 0;
  let totalSpend = 0;
  placements.forEach((p, i) => {
    const { gross } = costs?.[i] ?? placementCostInYear(p, fy);
    totalSpend += gross;
    if (settingTypeOf(p.settingType).independentSector) independentSpend += gross;
  });
  return { independentSpend, totalSpend, sharePct: percentage(independentSpend, totalSpend) };
}
