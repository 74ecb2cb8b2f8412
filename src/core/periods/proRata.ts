import { shareOf, type Pence } from '../money';
import { financialYearEnd, financialYearStart, type FinancialYear } from './financialYear';
import { compareIsoDates, daysBetweenInclusive, daysInMonth, isoDateParts, type IsoDate } from './isoDate';

/**
 * The share of an annual amount for the days a placement is active within a period, both ends
 * included: annual × active days / days in the period, rounded half away from zero to the penny.
 * The period's own day count is the divisor, so a 366-day year pays the full amount, not 366/365.
 * An open activeTo means the placement runs past the period's end.
 */
export function proRataByDays(
  annualAmount: Pence,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  activeFrom: IsoDate,
  activeTo?: IsoDate,
): Pence {
  const periodDays = daysBetweenInclusive(periodStart, periodEnd);
  if (activeTo !== undefined && compareIsoDates(activeTo, activeFrom) < 0) {
    throw new RangeError(`placement ends on ${activeTo}, before it starts on ${activeFrom}`);
  }
  const from = compareIsoDates(activeFrom, periodStart) > 0 ? activeFrom : periodStart;
  const to = activeTo === undefined || compareIsoDates(activeTo, periodEnd) > 0 ? periodEnd : activeTo;
  if (compareIsoDates(to, from) < 0) return 0;
  return shareOf(annualAmount, daysBetweenInclusive(from, to), periodDays);
}

/**
 * Whole months of a financial year completed by a date, for pro-rata targets: a month counts once
 * its last day is reached ('2021-05-31' → 2, '2021-05-30' → 1). 0 before the year, 12 after it.
 */
export function monthsElapsedInFinancialYear(fy: FinancialYear, date: IsoDate): number {
  if (compareIsoDates(date, financialYearStart(fy)) < 0) return 0;
  if (compareIsoDates(date, financialYearEnd(fy)) >= 0) return 12;
  const { year, month, day } = isoDateParts(date);
  const monthsBefore = (month + 8) % 12; // months of the year before this one: April 0 ... March 11
  return monthsBefore + (day === daysInMonth(year, month) ? 1 : 0);
}
