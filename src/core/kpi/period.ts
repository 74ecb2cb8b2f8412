import {
  daysInMonth,
  financialYearOf,
  financialYearStartingIn,
  isoDateFromParts,
  monthsElapsedInFinancialYear,
  startYearOf,
  type FinancialYear,
  type IsoDate,
} from '../periods';

/** A parsed reporting period: its financial year and last day. */
export interface ParsedKpiPeriod {
  period: string;
  kind: 'month' | 'quarter';
  financialYear: FinancialYear;
  end: IsoDate;
}

/**
 * Reads a reporting period: a month `2021-05`, or a quarter of a financial year `2021-22-Q1`
 * (Q1 is April to June, as DfE returns count). Throws a message a person can act on.
 */
export function parseKpiPeriod(text: string): ParsedKpiPeriod {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    const end = isoDateFromParts({ year, month: m, day: daysInMonth(year, m) });
    return { period: text, kind: 'month', financialYear: financialYearOf(end), end };
  }
  const quarter = /^(\d{4})-(\d{2})-Q([1-4])$/.exec(text);
  if (quarter) {
    const fy = financialYearStartingIn(Number(quarter[1]));
    if (fy !== `${quarter[1]}-${quarter[2]}`)
      throw new RangeError(`'${text}' is not a quarter of a financial year: write e.g. 2021-22-Q1`);
    // Quarter q ends in month 3q after March: Q1 June, Q2 September, Q3 December, Q4 March of the next year.
    const endMonth = 3 + 3 * Number(quarter[3]);
    const year = startYearOf(fy) + (endMonth > 12 ? 1 : 0);
    const m = endMonth > 12 ? endMonth - 12 : endMonth;
    return {
      period: text,
      kind: 'quarter',
      financialYear: fy,
      end: isoDateFromParts({ year, month: m, day: daysInMonth(year, m) }),
    };
  }
  throw new RangeError(`'${text}' is not a period: write a month (2021-05) or a quarter (2021-22-Q1)`);
}

/** Whole months of the financial year elapsed at the data date (default: the period's last day). */
export function monthsElapsed(period: ParsedKpiPeriod, dataDate?: IsoDate): number {
  return monthsElapsedInFinancialYear(period.financialYear, dataDate ?? period.end);
}

/** Orders periods by their last day (months and quarters mixed). */
export function comparePeriods(a: string, b: string): number {
  const ea = parseKpiPeriod(a).end;
  const eb = parseKpiPeriod(b).end;
  return ea < eb ? -1 : ea > eb ? 1 : a.localeCompare(b);
}
