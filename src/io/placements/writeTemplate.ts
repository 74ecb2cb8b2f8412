import ExcelJS from 'exceljs';
import { needCodesForReturn, settingTypes, type CouncilCategoryMap } from '../../core/placements';
import { placementCategoryLabels } from '../../core/benchmark/placementCategories';
import { registerColumns } from './columns';
import { placementsSheetName } from './readXlsx';

/** Rows of the Placements sheet that carry drop-down lists (a register of 20,000 fits well inside). */
export const templateRows = 50_000;

interface ListValidation {
  readonly column: string;
  /** The Codes sheet column holding the list. */
  readonly codesColumn: string;
  readonly values: readonly string[];
  readonly prompt: string;
}

const columnLetter = (index: number) => {
  let s = '';
  for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/**
 * The register template: a Placements sheet with the header and drop-down lists, a Notes sheet saying
 * what each column holds and how blanks are read, and a Codes sheet listing every valid code. The need
 * codes are those of the SEN2 return of `returnYear`; the council categories are the council's map.
 */
export function writeRegisterTemplate(options: {
  returnYear: number;
  categoryMap: CouncilCategoryMap;
}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'highneeds';
  const sheet = wb.addWorksheet(placementsSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = registerColumns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(14, c.name.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };

  const needs = needCodesForReturn(options.returnYear);
  const lists: ListValidation[] = [
    {
      column: 'primary_need',
      codesColumn: 'A',
      values: needs.map((n) => n.code),
      prompt: 'SEN2 primary need code',
    },
    {
      column: 'setting_type',
      codesColumn: 'C',
      values: settingTypes.map((s) => s.code),
      prompt: 'SEN2 establishment type code',
    },
    { column: 'in_borough', codesColumn: 'F', values: ['yes', 'no'], prompt: 'yes or no' },
    {
      column: 'cost_basis',
      codesColumn: 'G',
      values: ['academic', 'financial'],
      prompt: 'academic or financial',
    },
    {
      column: 'council_category',
      codesColumn: 'H',
      values: options.categoryMap.rules.map((r) => r.id),
      prompt: "the council's category, or blank",
    },
  ];

  const codes = wb.addWorksheet('Codes');
  const headers = [
    'primary_need',
    'need',
    'setting_type',
    'setting',
    'DfE placement category',
    'in_borough',
    'cost_basis',
    'council_category',
    'category',
  ];
  codes.getRow(1).values = headers;
  codes.getRow(1).font = { bold: true };
  const put = (column: string, values: readonly string[]) =>
    values.forEach((v, i) => (codes.getCell(`${column}${String(i + 2)}`).value = v));
  put(
    'A',
    needs.map((n) => n.code),
  );
  put(
    'B',
    needs.map((n) => n.label),
  );
  put(
    'C',
    settingTypes.map((s) => s.code),
  );
  put(
    'D',
    settingTypes.map((s) => s.label),
  );
  put(
    'E',
    settingTypes.map((s) => placementCategoryLabels[s.category]),
  );
  put('F', ['yes', 'no']);
  put('G', ['academic', 'financial']);
  put(
    'H',
    options.categoryMap.rules.map((r) => r.id),
  );
  put(
    'I',
    options.categoryMap.rules.map((r) => r.label),
  );
  codes.columns.forEach((c) => (c.width = 24));

  // exceljs types do not declare worksheet.dataValidations, but 4.4 writes ranges added to it.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const list of lists) {
    if (list.values.length === 0) continue;
    const letter = columnLetter(registerColumns.findIndex((c) => c.name === list.column));
    validations.add(`${letter}2:${letter}${String(templateRows + 1)}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`Codes!$${list.codesColumn}$2:$${list.codesColumn}$${String(list.values.length + 1)}`],
      showErrorMessage: true,
      errorTitle: list.column,
      error: `Choose ${list.prompt} from the list (see the Codes sheet).`,
    });
  }

  const notes = wb.addWorksheet('Notes');
  notes.columns = [
    { header: 'column', key: 'name', width: 32 },
    { header: 'required', key: 'required', width: 10 },
    { header: 'blank means', key: 'blank', width: 30 },
    { header: 'what to write', key: 'description', width: 100 },
    { header: 'example', key: 'example', width: 22 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of registerColumns)
    notes.addRow({
      name: c.name,
      required: c.required ? 'yes' : 'optional',
      blank: c.blank ?? 'not allowed',
      description: c.description,
      example: c.example,
    });
  notes.addRow({});
  for (const line of [
    'One row per placement. Child ids must be pseudonymised: never write a name. Do not add columns.',
    'Amounts are annual rates in pounds; a part-year placement is costed by its start and end dates.',
    'An import checks every row; if any row has a problem nothing is imported and every problem is listed.',
    `Need codes are those of the SEN2 ${String(options.returnYear)} return (DS, Down syndrome, from 2025).`,
  ]) {
    notes.addRow({ name: line });
  }
  return wb;
}
