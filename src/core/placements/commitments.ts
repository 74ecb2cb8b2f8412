import type { Pence } from '../money';
import { financialYearEnd, financialYearStart, type FinancialYear, type IsoDate } from '../periods';
import { annualCost, isActiveOn, type Placement } from './placement';
import { placementCostInYearAndWindow, type YearAndWindowCost } from './placementCosts';

/** Where a financial year's placement spend stands at a date. */
export interface Commitments {
  readonly financialYear: FinancialYear;
  readonly asAt: IsoDate;
  /** Gross cost from 1 April to the as-at date (both included). */
  readonly spendToDate: Pence;
  /** Gross cost from the day after the as-at date to 31 March, of every placement on the register. */
  readonly committed: Pence;
  /** spendToDate + committed: the year's gross cost if nothing changes. */
  readonly forecast: Pence;
  readonly contributionsToDate: Pence;
  readonly contributionsCommitted: Pence;
  /** forecast - all contributions in the year. */
  readonly netForecast: Pence;
  /** The annual cost of the placements open on the as-at date: what a whole year of them costs. */
  readonly fullYearEffect: Pence;
  /**
   * Placements starting in the year (including agreed future starts): their cost this year; the annual
   * cost of those still open at the year end (their full-year effect), and how much of it falls next year.
   */
  readonly newPlacements: {
    readonly count: number;
    readonly costInYear: Pence;
    readonly fullYearEffect: Pence;
    readonly carriedIntoNextYear: Pence;
  };
}

/** The dates whose cost is spend to date: 1 April to the as-at date (null before the year starts). */
export function spendToDateWindow(fy: FinancialYear, asAt: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const fyStart = financialYearStart(fy);
  const fyEnd = financialYearEnd(fy);
  return asAt < fyStart ? null : { from: fyStart, to: asAt < fyEnd ? asAt : fyEnd };
}

/**
 * Spend to date, committed cost for the rest of the year and full-year effect from a register. The
 * committed part is the year's cost less spend to date, so the two add up to the year exactly.
 * `costs` (optional) are the placements' costs already worked out for the year and spendToDateWindow.
 */
export function commitments(
  placements: readonly Placement[],
  fy: FinancialYear,
  asAt: IsoDate,
  costs?: readonly YearAndWindowCost[],
): Commitments {
  const fyStart = financialYearStart(fy);
  const fyEnd = financialYearEnd(fy);
  let spendToDate = 0;
  let forecast = 0;
  let contributionsToDate = 0;
  let contributionsYear = 0;
  let fullYearEffect = 0;
  const fresh = { count: 0, costInYear: 0, fullYearEffect: 0, carriedIntoNextYear: 0 };
  const window = spendToDateWindow(fy, asAt);
  placements.forEach((p, i) => {
    const { year, window: toDate } = costs?.[i] ?? placementCostInYearAndWindow(p, fy, window);
    forecast += year.gross;
    contributionsYear += year.gross - year.net;
    if (toDate) {
      spendToDate += toDate.gross;
      contributionsToDate += toDate.gross - toDate.net;
    }
    if (isActiveOn(p, asAt)) fullYearEffect += annualCost(p);
    if (p.startDate >= fyStart && p.startDate <= fyEnd) {
      fresh.count += 1;
      fresh.costInYear += year.gross;
      if (p.endDate === null || p.endDate >= fyEnd) {
        fresh.fullYearEffect += annualCost(p);
        fresh.carriedIntoNextYear += annualCost(p) - year.gross;
      }
    }
  });
  return {
    financialYear: fy,
    asAt,
    spendToDate,
    committed: forecast - spendToDate,
    forecast,
    contributionsToDate,
    contributionsCommitted: contributionsYear - contributionsToDate,
    netForecast: forecast - contributionsYear,
    fullYearEffect,
    newPlacements: fresh,
  };
}
