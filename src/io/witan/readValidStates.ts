import type { ValidSetting } from '../../core/forecast/witanInputs';
import { NONSEND } from '../../core/forecast/witanInputs';
import { readCsvTable, RowChecker, type Located, type ReadResult } from './csvTable';

const COLUMNS = [
  'setting',
  'setting-group',
  'min-academic-year',
  'max-academic-year',
  'needs',
  'setting->setting',
] as const;

/** Reads witan.send's valid-states.csv: per setting, its NCY range, the needs it takes and its destinations. */
export function readValidStates(text: string): ReadResult<Array<Located<ValidSetting>>> {
  const table = readCsvTable(text, COLUMNS);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const settings: Array<Located<ValidSetting>> = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.data.rows) {
    const setting = check.name(row, 'setting');
    const minNcy = check.integer(row, 'min-academic-year');
    const maxNcy = check.integer(row, 'max-academic-year');
    const needs = check.list(row, 'needs');
    const destinations = check.list(row, 'setting->setting');
    if (setting === undefined || minNcy === undefined || maxNcy === undefined || !needs || !destinations)
      continue;
    if (setting === NONSEND) {
      check.fail(row, 'setting', `${NONSEND} is not a setting: it means "not in the EHCP population"`);
      continue;
    }
    if (minNcy > maxNcy) {
      check.fail(
        row,
        'max-academic-year',
        `'${maxNcy}' is below min-academic-year (${minNcy}): the setting would have no valid states`,
      );
      continue;
    }
    const first = firstRowOf.get(setting);
    if (first !== undefined) {
      check.fail(row, 'setting', `setting ${setting} is already described in row ${first}`);
      continue;
    }
    firstRowOf.set(setting, row.row);
    settings.push({
      row: row.row,
      setting,
      settingGroup: row.cell('setting-group'),
      minNcy,
      maxNcy,
      needs,
      destinations,
    });
  }
  // Destinations must be settings described here, or a pupil could be moved somewhere with no valid states.
  const described = new Set(settings.map((s) => s.setting));
  for (const row of table.data.rows) {
    const unknown = row
      .cell('setting->setting')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '' && !described.has(item));
    if (unknown.length > 0 && firstRowOf.get(row.cell('setting')) === row.row) {
      check.fail(
        row,
        'setting->setting',
        `names ${unknown.join(', ')}, which no row of valid-states.csv describes`,
      );
    }
  }
  return check.result(settings);
}
