import { NONSEND, type Transition } from '../../core/forecast/witanInputs';
import { readCsvTable, RowChecker, type CsvRow, type Located, type ReadResult } from './csvTable';

const COLUMNS = [
  'calendar-year',
  'setting-1',
  'need-1',
  'academic-year-1',
  'setting-2',
  'need-2',
  'academic-year-2',
] as const;

function checkSide(check: RowChecker, row: CsvRow, need: string, setting: string, side: 1 | 2): boolean {
  // witan.send decides joiners by need-1 but leavers by setting-2: a half-NONSEND side would be read
  // differently by different parts of the model, so it is an error here (witan.send only warns).
  if ((need === NONSEND) === (setting === NONSEND)) return true;
  const column = need === NONSEND ? `setting-${side}` : `need-${side}`;
  check.fail(
    row,
    column,
    `only one of need-${side} and setting-${side} is ${NONSEND}: both must be, or neither`,
  );
  return false;
}

/** Reads witan.send's transitions.csv: one row per child per pair of consecutive January censuses. */
export function readTransitions(text: string): ReadResult<Array<Located<Transition>>> {
  const table = readCsvTable(text, COLUMNS);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const transitions: Array<Located<Transition>> = [];
  for (const row of table.data.rows) {
    const calendarYear = check.integer(row, 'calendar-year');
    const ncy1 = check.integer(row, 'academic-year-1');
    const ncy2 = check.integer(row, 'academic-year-2');
    const need1 = check.name(row, 'need-1');
    const setting1 = check.name(row, 'setting-1');
    const need2 = check.name(row, 'need-2');
    const setting2 = check.name(row, 'setting-2');
    if (calendarYear === undefined || ncy1 === undefined || ncy2 === undefined) continue;
    if (need1 === undefined || setting1 === undefined || need2 === undefined || setting2 === undefined)
      continue;
    if (ncy2 !== ncy1 + 1) {
      // Held-back and skipped pupils: witan.send drops them with a warning; we ask for the data to be fixed.
      check.fail(
        row,
        'academic-year-2',
        `'${ncy2}' must be academic-year-1 + 1 (${ncy1 + 1}): a transition covers one school year`,
      );
      continue;
    }
    const sidesOk = checkSide(check, row, need1, setting1, 1) && checkSide(check, row, need2, setting2, 2);
    if (!sidesOk) continue;
    if (setting1 === NONSEND && setting2 === NONSEND) {
      check.fail(row, 'setting-2', `both sides are ${NONSEND}: the row is not a transition of an EHCP`);
      continue;
    }
    transitions.push({ row: row.row, calendarYear, ncy1, need1, setting1, ncy2, need2, setting2 });
  }
  return check.result(transitions);
}
