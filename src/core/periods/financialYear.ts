import { isoDateParts, type IsoDate } from './isoDate';
import { formatYearLabel, parseYearLabel, startYearOfCanonical, type YearLabelKind } from './yearLabel';

// A financial year runs 1 April to 31 March, the year councils and the DfE budget and report in.
// Functions other than parseFinancialYear take the canonical form only ('2021-22'), so that an
// academic year ('2021/22') passed by mistake is an error rather than silently read as a financial year.

/** A financial year written '2021-22': 1 April 2021 to 31 March 2022. */
export type FinancialYear = string;

const FINANCIAL_YEAR: YearLabelKind = { name: 'a financial year', prefix: 'FY', separator: '-' };

/** Reads '2021-22', '2021/22', '2021-2022', '2021/2022' or 'FY2021-22' as the financial year '2021-22'. */
export function parseFinancialYear(text: string): FinancialYear {
  return formatYearLabel(parseYearLabel(text, FINANCIAL_YEAR), FINANCIAL_YEAR);
}

/** The calendar year in which a financial year starts: '2021-22' → 2021. */
export function startYearOf(fy: FinancialYear): number {
  return startYearOfCanonical(fy, FINANCIAL_YEAR);
}

/** The financial year starting on 1 April of a calendar year: 2021 → '2021-22'. */
export function financialYearStartingIn(calendarYear: number): FinancialYear {
  return formatYearLabel(calendarYear, FINANCIAL_YEAR);
}

/** The first day of a financial year: '2021-22' → '2021-04-01'. */
export function financialYearStart(fy: FinancialYear): IsoDate {
  return `${String(startYearOf(fy))}-04-01`;
}

/** The last day of a financial year: '2021-22' → '2022-03-31'. */
export function financialYearEnd(fy: FinancialYear): IsoDate {
  return `${String(startYearOf(fy) + 1)}-03-31`;
}

/** The financial year containing a date: '2022-03-31' → '2021-22', '2022-04-01' → '2022-23'. */
export function financialYearOf(date: IsoDate): FinancialYear {
  const { year, month } = isoDateParts(date);
  return financialYearStartingIn(month >= 4 ? year : year - 1);
}

/** The financial year after: '2021-22' → '2022-23'. */
export function nextFinancialYear(fy: FinancialYear): FinancialYear {
  return financialYearStartingIn(startYearOf(fy) + 1);
}

/** The financial year before: '2021-22' → '2020-21'. */
export function previousFinancialYear(fy: FinancialYear): FinancialYear {
  return financialYearStartingIn(startYearOf(fy) - 1);
}

/** Orders two financial years: negative if a is earlier, 0 if the same, positive if later. */
export function compareFinancialYears(a: FinancialYear, b: FinancialYear): number {
  return startYearOf(a) - startYearOf(b);
}

/** Every financial year from `from` to `to`, both included; throws if `to` is before `from`. */
export function financialYearRange(from: FinancialYear, to: FinancialYear): FinancialYear[] {
  const first = startYearOf(from);
  const last = startYearOf(to);
  if (last < first) throw new RangeError(`financial year ${to} is before ${from}`);
  return Array.from({ length: last - first + 1 }, (_, offset) => financialYearStartingIn(first + offset));
}
