import {
  ageOn,
  findCouncilCategory,
  findSettingType,
  needCodeProblem,
  placementKey,
  type CostBasis,
  type CouncilCategoryMap,
  type Placement,
} from '../../core/placements';
import { isoDateParts, type IsoDate } from '../../core/periods';
import { amountCell, childIdCell, dateCell, ncyCell, urnCell, yesNoCell, type Cell } from './cells';
import { allColumnNames, normaliseColumnName, requiredColumnNames } from './columns';

/** A problem with one cell (or the header, row 1), said so a person can find and fix it. */
export interface RegisterRowError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** The register, or every problem in it (then nothing may be imported). */
export type RegisterReadResult =
  | { readonly ok: true; readonly data: Placement[] }
  | { readonly ok: false; readonly errors: RegisterRowError[] };

/** What a register is checked against: its as-at date (which need codes apply) and the council's categories. */
export interface RegisterReadOptions {
  readonly asAt: IsoDate;
  readonly categoryMap: CouncilCategoryMap;
}

/** One data row as read from the file: its spreadsheet row number and its cells by column name (trimmed). */
export interface RawRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, string>;
}

/** "row 14, column top_up: '12,5OO' is not an amount" */
export function describeRegisterError(e: RegisterRowError): string {
  const column = e.column ? `, column ${e.column}` : '';
  return `row ${String(e.row)}${column}: ${e.value !== '' ? `'${e.value}' ` : ''}${e.message}`;
}

/** Checks a header row: every required column, no unknown or repeated ones. Returns the column names. */
export function checkHeader(
  header: readonly string[],
  row = 1,
): { columns: string[]; errors: RegisterRowError[] } {
  const columns = header.map(normaliseColumnName);
  const errors: RegisterRowError[] = [];
  columns.forEach((name, i) => {
    if (name === '') return;
    if (!allColumnNames.includes(name))
      errors.push({
        row,
        column: name,
        value: header[i]!,
        message: `is not a column of the placements template (${allColumnNames.join(', ')})`,
      });
    else if (columns.indexOf(name) !== i)
      errors.push({ row, column: name, value: header[i]!, message: 'is a repeated column' });
  });
  for (const name of requiredColumnNames) {
    if (!columns.includes(name))
      errors.push({ row, column: name, value: '', message: 'is missing from the header row' });
  }
  return { columns, errors };
}

const BASES: Record<string, CostBasis> = {
  academic: 'academic',
  'academic year': 'academic',
  financial: 'financial',
  'financial year': 'financial',
};

/** The answer for a file with a header and nothing under it. */
export const noPlacements: RegisterReadResult = {
  ok: false,
  errors: [{ row: 2, column: '', value: '', message: 'the file has a header but no placements' }],
};

/** Validates every row; any error means no data. Duplicates are the same child, provider and start date. */
export function validateRegisterRows(
  rows: readonly RawRow[],
  options: RegisterReadOptions,
): RegisterReadResult {
  const errors: RegisterRowError[] = [];
  const placements: Placement[] = [];
  const seen = new Map<string, number>();
  const returnYear = isoDateParts(options.asAt).year;
  for (const { row, cells } of rows) {
    const text = (column: string) => cells.get(column) ?? '';
    const fail = (column: string, message: string) =>
      errors.push({ row, column, value: text(column), message });
    const take = <T>(column: string, cell: Cell<T>): T | undefined => {
      if (cell.ok) return cell.value;
      fail(column, cell.message);
      return undefined;
    };
    const required = <T>(column: string, read: (t: string) => Cell<T>): T | undefined =>
      text(column) === '' ? void fail(column, 'is required') : take(column, read(text(column)));
    const errorsBefore = errors.length;

    const childId = required('child_id', childIdCell);
    const dateOfBirth =
      text('date_of_birth') === '' ? null : take('date_of_birth', dateCell(text('date_of_birth')));
    const ncy = text('ncy') === '' ? null : take('ncy', ncyCell(text('ncy')));
    if (text('date_of_birth') === '' && text('ncy') === '')
      fail('date_of_birth', 'is required (or give ncy)');
    const need = required('primary_need', (t) => {
      const problem = needCodeProblem(t, returnYear);
      return problem ? { ok: false, message: problem } : { ok: true, value: t.toUpperCase() };
    });
    const setting = required('setting_type', (t) => {
      const found = findSettingType(t);
      return found
        ? { ok: true, value: found.code }
        : { ok: false, message: 'is not an SEN2 setting type code or label (see the template Codes sheet)' };
    });
    const provider = required('provider', (t) =>
      t.length <= 200 ? { ok: true, value: t } : { ok: false, message: 'is longer than 200 characters' },
    );
    const urn = take('urn', urnCell(text('urn')));
    const inBorough = required('in_borough', yesNoCell);
    const startDate = required('start_date', dateCell);
    const endDate = text('end_date') === '' ? null : take('end_date', dateCell(text('end_date')));
    const costBasis = required('cost_basis', (t) => {
      const basis = BASES[t.toLowerCase()];
      return basis ? { ok: true, value: basis } : { ok: false, message: 'is not academic or financial' };
    });
    const amount = (column: string) => take(column, amountCell(text(column)));
    const [placeFunding, topUp, otherCost, health, socialCare, adultSocialCare, adultHealth] = [
      'place_funding',
      'top_up',
      'other_cost',
      'health_contribution',
      'social_care_contribution',
      'adult_social_care_contribution',
      'adult_health_contribution',
    ].map(amount);
    const councilCategory =
      text('council_category') === ''
        ? null
        : (findCouncilCategory(text('council_category'), options.categoryMap) ??
          void fail(
            'council_category',
            `is not one of the council's categories (${options.categoryMap.rules.map((r) => r.label).join(', ')})`,
          ));

    if (startDate && endDate && endDate < startDate)
      fail('end_date', `is before the start date ${startDate}`);
    if (dateOfBirth && startDate && dateOfBirth > startDate)
      fail('date_of_birth', `is after the start date ${startDate}`);
    if (dateOfBirth && dateOfBirth <= options.asAt && ageOn(dateOfBirth, options.asAt) > 25)
      fail(
        'date_of_birth',
        `makes the young person ${String(ageOn(dateOfBirth, options.asAt))} on ${options.asAt}: EHCPs end at 25`,
      );
    if (dateOfBirth && dateOfBirth > options.asAt)
      fail('date_of_birth', `is after the register's as-at date ${options.asAt}`);
    if (errors.length > errorsBefore) continue;

    const placement: Placement = {
      childId: childId!,
      dateOfBirth: dateOfBirth ?? null,
      ncy: ncy ?? null,
      primaryNeed: need!,
      settingType: setting!,
      provider: provider!,
      urn: urn ?? null,
      inBorough: inBorough!,
      startDate: startDate!,
      endDate: endDate ?? null,
      costBasis: costBasis!,
      placeFunding: placeFunding!,
      topUp: topUp!,
      otherCost: otherCost!,
      contributions: {
        socialCare: socialCare!,
        adultSocialCare: adultSocialCare!,
        health: health!,
        adultHealth: adultHealth!,
      },
      councilCategory: councilCategory ?? null,
    };
    const key = placementKey(placement);
    const first = seen.get(key);
    if (first !== undefined) {
      fail('child_id', `repeats the placement on row ${String(first)} (same child, provider and start date)`);
      continue;
    }
    seen.set(key, row);
    placements.push(placement);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: placements };
}
