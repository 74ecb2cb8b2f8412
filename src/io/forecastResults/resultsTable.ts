// A stored forecast run's statistics as one long table (a row per year, measure and key), the layout of
// `forecast run --out`: costs in pounds, counts of EHCPs as they are.
import type { YearSummary } from '../../core/forecast/forecast';
import type { Summary } from '../../core/forecast/summary';
import { toCsv } from '../export';

export const statistics = ['mean', 'sd', 'p5', 'p10', 'p25', 'median', 'p75', 'p90', 'p95'] as const;

/** Report names of the engine's groups; a group the engine adds later keeps its own name. */
const measureNames: Record<string, string> = { costPence: 'cost', costPenceBySetting: 'costBySetting' };

export const isCostGroup = (group: string) => /^cost/i.test(group);
export const measureName = (group: string) => measureNames[group] ?? group;

/** Header and rows: calendar-year, financial-year, measure, key, then every statistic. */
export function resultRows(
  years: readonly YearSummary[],
  financialYearOf: (calendarYear: number) => string,
): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [
    ['calendar-year', 'financial-year', 'measure', 'key', ...statistics],
  ];
  for (const year of years) {
    for (const [group, byKey] of Object.entries(year.groups) as Array<[string, Record<string, Summary>]>) {
      const factor = isCostGroup(group) ? 0.01 : 1;
      for (const [key, summary] of Object.entries(byKey)) {
        rows.push([
          year.year,
          financialYearOf(year.year),
          measureName(group),
          key,
          ...statistics.map((s) => Number((summary[s] * factor).toFixed(6))),
        ]);
      }
    }
  }
  return rows;
}

/** CSV text (io/export's writer: quoting, and setting or need names that look like formulas made inert). */
export function csvOf(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return toCsv(rows);
}
