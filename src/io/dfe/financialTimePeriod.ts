import { financialYearStartingIn, type FinancialYear } from '../../core/periods';

/** The financial year of an EES time period written '201920' (or already '2019-20'); undefined if neither. */
export function financialYearOfTimePeriod(text: string): FinancialYear | undefined {
  const match = /^(\d{4})-?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? financialYearStartingIn(start) : undefined;
}
