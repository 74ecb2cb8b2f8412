import type { BackgroundPopulation } from '../../core/forecast/witanInputs';
import { numberRules } from '../../core/inputs';
import { readCsvTable, RowChecker, type Located, type ReadResult } from './csvTable';

/** Reads witan.send's population.csv: the whole child population by calendar year and NCY. */
export function readPopulation(text: string): ReadResult<Array<Located<BackgroundPopulation>>> {
  const table = readCsvTable(text, ['calendar-year', 'academic-year', 'population']);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const rows: Array<Located<BackgroundPopulation>> = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.data.rows) {
    const calendarYear = check.integer(row, 'calendar-year');
    const ncy = check.integer(row, 'academic-year');
    const population = check.boundedNumber(row, 'population', numberRules.population);
    if (calendarYear === undefined || ncy === undefined || population === undefined) continue;
    const key = `${calendarYear}:${ncy}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      check.fail(
        row,
        'academic-year',
        `calendar year ${calendarYear}, NCY ${ncy} is already given in row ${first}`,
      );
      continue;
    }
    firstRowOf.set(key, row.row);
    rows.push({ row: row.row, calendarYear, ncy, population });
  }
  return check.result(rows);
}
