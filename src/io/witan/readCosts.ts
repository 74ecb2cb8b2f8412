import type { PlacementCost } from '../../core/forecast/witanInputs';
import { numberProblem, numberRules } from '../../core/inputs';
import { tryParseMoney } from '../../core/money';
import { readCsvTable, RowChecker, type CsvRow, type Located, type ReadResult } from './csvTable';

const PLAIN_DECIMAL = /^\d+\.\d{3,}$/;

/** A cost per EHCP a year is £0 to £10 million (core/inputs): 1e308 is a broken file. */
function withinBounds(check: RowChecker, row: CsvRow, text: string, pence: number): number | undefined {
  const problem = numberProblem(pence / 100, numberRules.costPerPlacePounds);
  if (problem === undefined) return pence;
  check.fail(row, 'cost', `'${text}' ${problem} (pounds a year for one EHCP)`);
  return undefined;
}

/**
 * Pence from a witan.send cost. witan.send stores costs as floating-point pounds, so averages with more
 * than two decimals (1234.5678) are rounded half up to the penny; anything else goes through parseMoney.
 */
function costPence(check: RowChecker, row: CsvRow): number | undefined {
  const text = row.cell('cost');
  if (PLAIN_DECIMAL.test(text)) {
    const [pounds = '', decimals = ''] = text.split('.');
    const pence = Number(pounds) * 100 + Number(decimals.slice(0, 2)) + (Number(decimals[2]) >= 5 ? 1 : 0);
    if (Number.isSafeInteger(pence)) return withinBounds(check, row, text, pence);
  }
  const parsed = tryParseMoney(text);
  if (!parsed.ok) {
    check.fail(row, 'cost', parsed.error);
    return undefined;
  }
  if (parsed.value < 0) {
    check.fail(row, 'cost', `'${text}' is negative: a cost per EHCP must be 0 or more`);
    return undefined;
  }
  return withinBounds(check, row, text, parsed.value);
}

/**
 * Reads witan.send's costs.csv: the annual cost of an EHCP per need and setting, as pence. An optional
 * `academic-year` column (ours) gives a cost for one NCY; a blank cell there means every NCY.
 */
export function readCosts(text: string): ReadResult<Array<Located<PlacementCost>>> {
  const table = readCsvTable(text, ['need', 'setting', 'cost']);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const costs: Array<Located<PlacementCost>> = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.data.rows) {
    const need = check.name(row, 'need');
    const setting = check.name(row, 'setting');
    const pence = costPence(check, row);
    const ncyText = row.cell('academic-year');
    const ncy = ncyText === '' ? undefined : check.integer(row, 'academic-year');
    if (need === undefined || setting === undefined || pence === undefined) continue;
    if (ncyText !== '' && ncy === undefined) continue;
    const key = `${need}:${setting}:${ncy ?? ''}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const which = ncy === undefined ? '' : ` at NCY ${ncy}`;
      check.fail(
        row,
        'setting',
        `need ${need} in setting ${setting}${which} already has a cost in row ${first}`,
      );
      continue;
    }
    firstRowOf.set(key, row.row);
    costs.push({ row: row.row, need, setting, costPence: pence, ...(ncy !== undefined && { ncy }) });
  }
  return check.result(costs);
}
