import type { BackgroundPopulation } from '../../core/forecast/witanInputs';
import { numberRules } from '../../core/inputs';
import { readCsvTable, RowChecker, type ReadResult } from '../witan/csvTable';
import { readPopulation } from '../witan/readPopulation';

// The council's background population for the forecast from its SEN2 returns (docs/formats/
// sen2-population.md), in either of two forms:
//  - ONS mid-year estimates or projections by single year of age: `calendar_year,age,population`. The
//    children aged a on 30 June of year Y are, for ten months of births in twelve, in NCY a - 5 in the
//    January Y census (Reception, NCY 0, is age 5 at mid-year), so the row becomes census year Y, NCY a-5.
//  - witan.send's own population.csv: `calendar-year,academic-year,population`, NCY already.

/** The NCY a single year of age at mid-year stands for in that year's January census. */
export const ncyOfMidYearAge = (age: number) => age - 5;

/** Reads a population file in either form into rows by census year and NCY. */
export function readPopulationFile(text: string): ReadResult<BackgroundPopulation[]> {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(',').map((c) => c.trim().toLowerCase());
  if (columns.includes('academic-year')) {
    const read = readPopulation(text);
    return read.ok ? { ok: true, data: read.data.map(({ row: _row, ...p }) => p) } : read;
  }
  const table = readCsvTable(text, ['calendar_year', 'age', 'population']);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const rows: BackgroundPopulation[] = [];
  const seen = new Map<string, number>();
  for (const row of table.data.rows) {
    const calendarYear = check.integer(row, 'calendar_year');
    const age = check.integer(row, 'age');
    const population = check.boundedNumber(row, 'population', numberRules.population);
    if (calendarYear === undefined || age === undefined || population === undefined) continue;
    const key = `${String(calendarYear)}:${String(age)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      check.fail(
        row,
        'age',
        `year ${String(calendarYear)}, age ${String(age)} is already given in row ${String(first)}`,
      );
      continue;
    }
    seen.set(key, row.row);
    rows.push({ calendarYear, ncy: ncyOfMidYearAge(age), population });
  }
  return check.result(rows);
}
