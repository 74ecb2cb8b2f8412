import { shareOf, type Pence } from '../money';
import {
  academicYearEnd,
  academicYearStart,
  dayNumber,
  financialYearEnd,
  financialYearShareOfAcademicYears,
  financialYearStart,
  splitAcademicYearAmount,
  type AcademicYear,
  type FinancialYear,
  type IsoDate,
  type RateByAcademicYear,
} from '../periods';
import type { CostBasis } from './placement';

// The cost in a financial year of an annual rate, for the days a placement is open.
//
// Financial-year rates: annual × open days in the year / days in the year (366 in a leap year), as
// proRataByDays does.
//
// Academic-year rates: the financial year takes 5/12 of the academic year that started the previous
// September (April-August) and 7/12 of the one starting in September (September-March), each part
// exactly as splitAcademicYearAmount cuts it, so a full year of one rate costs exactly that rate and a
// rate change in September is weighted 5:7. A placement open for only some of a part pays that part
// pro rata by days within the part: a placement from 1 September to 31 December 2021 costs, in 2021-22,
// 7/12 of the 2021/22 rate × 122 / 212 (September-March has 212 days; 213 when February has 29).
// Twelfths for whole parts and days within a part keep the cost continuous as an end date moves.
//
// Registers hold tens of thousands of placements costed several times each, so dates are turned into
// day numbers once and each year's parts are worked out once (the results are the same as
// proRataByDays and shareOf give: half a penny rounds away from zero).

/** Dates a placement is open, both ends included; `to` null means open-ended. */
export interface OpenDates {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** Open dates as day numbers (see dayNumber); `to` Infinity when open-ended. */
export interface OpenDays {
  readonly from: number;
  readonly to: number;
}

/** An annual rate: one amount for every year, or one per academic year ('2021/22'). */
export type AnnualRate = Pence | RateByAcademicYear;

interface YearPart {
  readonly academicYear: AcademicYear;
  /** 7 for September-March, 5 for April-August. */
  readonly twelfths: number;
  readonly from: number;
  readonly to: number;
}

interface YearShape {
  readonly from: number;
  readonly to: number;
  readonly parts: readonly [YearPart, YearPart];
}

const shapes = new Map<FinancialYear, YearShape>();

function shapeOf(fy: FinancialYear): YearShape {
  let shape = shapes.get(fy);
  if (!shape) {
    const from = dayNumber(financialYearStart(fy));
    const to = dayNumber(financialYearEnd(fy));
    const [summer, autumn] = financialYearShareOfAcademicYears(fy).map(({ academicYear, twelfths }) => ({
      academicYear,
      twelfths,
      from: Math.max(from, dayNumber(academicYearStart(academicYear))),
      to: Math.min(to, dayNumber(academicYearEnd(academicYear))),
    }));
    shape = { from, to, parts: [summer!, autumn!] };
    shapes.set(fy, shape);
  }
  return shape;
}

/** amount × days / periodDays to the penny, halves away from zero: shareOf, without bigint when exact in a number. */
function share(amount: Pence, days: number, periodDays: number): Pence {
  if (days === periodDays) return amount;
  const product = amount * days;
  if (!Number.isSafeInteger(product)) return shareOf(amount, days, periodDays);
  const magnitude = Math.abs(product);
  let quotient = Math.floor(magnitude / periodDays);
  let remainder = magnitude - quotient * periodDays;
  if (remainder < 0) {
    quotient -= 1;
    remainder += periodDays;
  } else if (remainder >= periodDays) {
    quotient += 1;
    remainder -= periodDays;
  }
  if (2 * remainder >= periodDays) quotient += 1;
  const signed = product < 0 ? -quotient : quotient;
  return signed === 0 ? 0 : signed;
}

/**
 * The 7/12 or 5/12 part of an academic-year amount, exactly as splitAcademicYearAmount gives it (largest
 * remainder; on a tie the 7/12 part takes the penny; negative amounts mirror positive ones).
 */
function twelfthsPart(amount: Pence, twelfths: number, ay: AcademicYear, fy: FinancialYear): Pence {
  const magnitude = Math.abs(amount);
  if (!Number.isSafeInteger(magnitude * 7))
    return splitAcademicYearAmount(amount, ay).find((p) => p.financialYear === fy)!.amount;
  const autumn = Math.floor((magnitude * 7) / 12);
  const summer = Math.floor((magnitude * 5) / 12);
  const spare = magnitude - autumn - summer;
  const autumnTakesSpare = (magnitude * 7) % 12 >= (magnitude * 5) % 12;
  const part =
    twelfths === 7
      ? autumn + (spare && autumnTakesSpare ? 1 : 0)
      : summer + (spare && !autumnTakesSpare ? 1 : 0);
  return amount < 0 && part !== 0 ? -part : part;
}

function rateIn(rate: AnnualRate, ay: AcademicYear): Pence {
  if (typeof rate === 'number') return rate;
  const value =
    rate instanceof Map
      ? (rate as ReadonlyMap<AcademicYear, Pence>).get(ay)
      : (rate as Readonly<Record<string, Pence>>)[ay];
  if (value === undefined) throw new Error(`no rate for academic year ${ay}`);
  return value;
}

const overlap = (from: number, to: number, a: number, b: number) =>
  Math.max(0, Math.min(to, b) - Math.max(from, a) + 1);

/** Open dates as day numbers, for costInFinancialYearDays. */
export function openDays(open: OpenDates): OpenDays {
  return { from: dayNumber(open.from), to: open.to === null ? Infinity : dayNumber(open.to) };
}

/** costInFinancialYear with the open dates (already cut to any window) as day numbers. */
export function costInFinancialYearDays(
  rate: AnnualRate,
  basis: CostBasis,
  fy: FinancialYear,
  open: OpenDays,
): Pence {
  if (rate === 0) return 0;
  const year = shapeOf(fy);
  if (basis === 'financial') {
    if (typeof rate !== 'number')
      throw new Error('a financial-year rate is one annual amount, not one per academic year');
    const days = overlap(open.from, open.to, year.from, year.to);
    return days === 0 ? 0 : share(rate, days, year.to - year.from + 1);
  }
  let total = 0;
  for (const part of year.parts) {
    const days = overlap(open.from, open.to, part.from, part.to);
    if (days === 0) continue;
    const amount = twelfthsPart(rateIn(rate, part.academicYear), part.twelfths, part.academicYear, fy);
    total += share(amount, days, part.to - part.from + 1);
  }
  return total;
}

/** Open days cut to a window of dates (both ends included). */
export function withinWindow(open: OpenDays, window: { from: IsoDate; to: IsoDate }): OpenDays {
  return { from: Math.max(open.from, dayNumber(window.from)), to: Math.min(open.to, dayNumber(window.to)) };
}

/**
 * The cost within a financial year of an annual rate for the days a placement is open, optionally
 * only within `window` (dates inside the year, e.g. April to the as-at date for spend to date).
 */
export function costInFinancialYear(
  rate: AnnualRate,
  basis: CostBasis,
  fy: FinancialYear,
  open: OpenDates,
  window?: { from: IsoDate; to: IsoDate },
): Pence {
  const days = openDays(open);
  return costInFinancialYearDays(rate, basis, fy, window ? withinWindow(days, window) : days);
}
