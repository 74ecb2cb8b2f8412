// The reporting periods a financial year offers, for pickers (never free text with a hidden format).
import { startYearOf, type FinancialYear } from '../periods';
import { longDate, monthNames } from '../safetyValve/longDate';

/** A reporting period as officers write it: "May 2021" for 2021-05, "Q1 2021-22" for 2021-22-Q1. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${monthNames[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const quarter = /^(\d{4}-\d{2})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return period;
}

/** The four quarters of a financial year, Q1 (April to June) first: 2021-22-Q1 ... 2021-22-Q4. */
export function quartersOf(year: FinancialYear): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** The twelve months of a financial year, April first: 2021-04 ... 2022-03. */
export function monthsOf(year: FinancialYear): string[] {
  const start = startYearOf(year);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    return `${start + (month < 4 ? 1 : 0)}-${String(month).padStart(2, '0')}`;
  });
}

/** "31 May 2021" for an ISO date; the text as given when it is not one. */
export function dateLabel(iso: string): string {
  return /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(iso) ? longDate(iso) : iso;
}
