import type { Pence } from '../money';
import type { FinancialYear, IsoDate } from '../periods';
import { costInFinancialYearDays, openDays, withinWindow, type OpenDays } from './costing';
import { noContributions, partners, type Partner, type Placement } from './placement';

/** A placement's cost in a financial year (or a window of it), by element, with partner contributions. */
export interface PlacementYearCost {
  readonly placeFunding: Pence;
  readonly topUp: Pence;
  readonly otherCost: Pence;
  /** place funding + top-up + other */
  readonly gross: Pence;
  readonly contributions: Readonly<Record<Partner, Pence>>;
  /** gross - contributions: what falls on the High Needs Block */
  readonly net: Pence;
}

function costOver(p: Placement, fy: FinancialYear, days: OpenDays): PlacementYearCost {
  const cost = (rate: Pence) => costInFinancialYearDays(rate, p.costBasis, fy, days);
  const placeFunding = cost(p.placeFunding);
  const topUp = cost(p.topUp);
  const otherCost = cost(p.otherCost);
  const contributions = {
    socialCare: cost(p.contributions.socialCare),
    adultSocialCare: cost(p.contributions.adultSocialCare),
    health: cost(p.contributions.health),
    adultHealth: cost(p.contributions.adultHealth),
  };
  const gross = placeFunding + topUp + otherCost;
  return {
    placeFunding,
    topUp,
    otherCost,
    gross,
    contributions,
    net: gross - partners.reduce((s, k) => s + contributions[k], 0),
  };
}

/** What a placement costs in a financial year, or in `window` within it, from its annual rates. */
export function placementCostInYear(
  p: Placement,
  fy: FinancialYear,
  window?: { from: IsoDate; to: IsoDate },
): PlacementYearCost {
  const days = openDays({ from: p.startDate, to: p.endDate });
  return costOver(p, fy, window ? withinWindow(days, window) : days);
}

/** A placement's cost in a whole year and in a window of it (none when the window is null). */
export interface YearAndWindowCost {
  readonly year: PlacementYearCost;
  readonly window: PlacementYearCost | null;
}

/** A placement's cost in the whole year and in a window of it, reading its dates once. */
export function placementCostInYearAndWindow(
  p: Placement,
  fy: FinancialYear,
  window: { from: IsoDate; to: IsoDate } | null,
): YearAndWindowCost {
  const days = openDays({ from: p.startDate, to: p.endDate });
  return { year: costOver(p, fy, days), window: window ? costOver(p, fy, withinWindow(days, window)) : null };
}

/** Adds placement costs element by element. */
export function addYearCosts(costs: Iterable<PlacementYearCost>): PlacementYearCost {
  let placeFunding = 0;
  let topUp = 0;
  let otherCost = 0;
  const contributions: Record<Partner, Pence> = { ...noContributions };
  for (const c of costs) {
    placeFunding += c.placeFunding;
    topUp += c.topUp;
    otherCost += c.otherCost;
    for (const partner of partners) contributions[partner] += c.contributions[partner];
  }
  const gross = placeFunding + topUp + otherCost;
  return {
    placeFunding,
    topUp,
    otherCost,
    gross,
    contributions,
    net: gross - partners.reduce((s, k) => s + contributions[k], 0),
  };
}
