import ExcelJS from 'exceljs';
import { restoreNeutralised } from '../export';
import { computeModel, lineKindNames, type PlanVersion } from '../../core/finance';
import { toPounds } from '../../core/money';
import { readPlanJson, type PlanFileError } from './readPlanJson';

/** Where things are on the grid sheet; one place, so a layout change is one edit. */
export const gridLayout = {
  sheet: 'Financial model',
  titleRow: 1,
  councilCell: 'B2',
  versionCell: 'B3',
  descriptionCell: 'B4',
  openingDeficitCell: 'B5',
  openingDfeCell: 'B6',
  headerRow: 8,
  firstLineRow: 9,
  /** Columns: A id, B kind, C label, D workstream, E memo, then one per year from F. */
  firstYearColumn: 6,
} as const;

const MONEY = '#,##0;(#,##0);-';
const col = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/**
 * The model grid as a workbook: years across, lines down (as the council's spreadsheet), then the derived
 * rows as live formulas (SUMIFS over the kind column) with their computed values cached, so Excel and
 * any viewer show the figures and recalculate when a line changes.
 */
export function writeGridWorkbook(plan: PlanVersion): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'highneeds';
  const ws = wb.addWorksheet(gridLayout.sheet, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: gridLayout.headerRow }],
  });
  const L = gridLayout;
  ws.getCell(`A${L.titleRow}`).value = 'DSG financial model (amounts in £)';
  ws.getCell(`A${L.titleRow}`).font = { bold: true, size: 14 };
  const labelled = (cell: string, label: string, value: ExcelJS.CellValue) => {
    ws.getCell(`A${cell.slice(1)}`).value = label;
    ws.getCell(cell).value = value;
  };
  labelled(L.councilCell, 'Council', plan.council);
  labelled(L.versionCell, 'Version', plan.version);
  labelled(L.descriptionCell, 'Description', plan.description ?? '');
  labelled(
    L.openingDeficitCell,
    'Opening cumulative deficit (before DfE)',
    toPounds(plan.opening.cumulativeDeficit),
  );
  labelled(L.openingDfeCell, 'DfE contributions to date', toPounds(plan.opening.dfeContributionsToDate));
  for (const c of [L.openingDeficitCell, L.openingDfeCell]) ws.getCell(c).numFmt = MONEY;

  const header = ws.getRow(L.headerRow);
  ['Line id', 'Kind', 'Line', 'Workstream', 'Memo', ...plan.years].forEach(
    (h, i) => (header.getCell(i + 1).value = h),
  );
  header.font = { bold: true };
  plan.lines.forEach((line, i) => {
    const row = ws.getRow(L.firstLineRow + i);
    row.getCell(1).value = line.id;
    row.getCell(2).value = line.kind;
    row.getCell(3).value = line.label;
    row.getCell(4).value = line.links.workstream ?? '';
    row.getCell(5).value = line.memo ? 'yes' : '';
    plan.years.forEach((year, y) => {
      const cell = row.getCell(L.firstYearColumn + y);
      cell.value = toPounds(line.amounts[year] ?? 0);
      cell.numFmt = MONEY;
    });
  });

  const lastLine = L.firstLineRow + plan.lines.length - 1;
  const derivedStart = lastLine + 2;
  const positions = computeModel(plan);
  const sumKind = (c: string, kind: string) =>
    `SUMIFS(${c}$${L.firstLineRow}:${c}$${lastLine},$B$${L.firstLineRow}:$B$${lastLine},"${kind}",$E$${L.firstLineRow}:$E$${lastLine},"<>yes")`;
  type Derived = [
    string,
    (c: string, r: (label: string) => string, prev: string | null) => string,
    (p: (typeof positions)[number]) => number,
  ];
  const rows: Derived[] = [
    [
      'Total budget',
      (c) => `${sumKind(c, 'hnbAllocation')}+${sumKind(c, 'blockTransfer')}+${sumKind(c, 'otherIncome')}`,
      (p) => p.totalBudget,
    ],
    [
      'Spend before savings',
      (c) => `${sumKind(c, 'expenditure')}+${sumKind(c, 'pressure')}`,
      (p) => p.spendBeforeSavings,
    ],
    ['Savings', (c) => sumKind(c, 'saving'), (p) => p.totalSavings],
    [
      'Spend after savings',
      (_c, r) => `${r('Spend before savings')}-${r('Savings')}`,
      (p) => p.spendAfterSavings,
    ],
    [
      'Net High Needs deficit',
      (_c, r) => `${r('Spend after savings')}-${r('Total budget')}`,
      (p) => p.netHighNeedsDeficit,
    ],
    [
      'In-year DSG deficit',
      (c, r) =>
        `${r('Net High Needs deficit')}+${sumKind(c, 'otherBlocksVariance')}-${sumKind(c, 'generalFundContribution')}`,
      (p) => p.inYearDsgDeficit,
    ],
    [
      'Cumulative deficit before DfE',
      (_c, r, prev) =>
        `${prev ?? `$${L.openingDeficitCell.replace(/(\d+)/, '$$$1')}`}+${r('In-year DSG deficit')}`,
      (p) => p.cumulativeDeficitBeforeDfe,
    ],
    [
      'DfE contributions to date',
      (c, _r, prev) =>
        `${prev ?? `$${L.openingDfeCell.replace(/(\d+)/, '$$$1')}`}+${sumKind(c, 'dfeContribution')}`,
      (p) => p.dfeContributionsToDate,
    ],
    [
      'Cumulative deficit after DfE',
      (_c, r) => `${r('Cumulative deficit before DfE')}-${r('DfE contributions to date')}`,
      (p) => p.cumulativeDeficitAfterDfe,
    ],
  ];
  const rowOf = (label: string) => derivedStart + rows.findIndex(([l]) => l === label);
  rows.forEach(([label, formula, value], i) => {
    const row = ws.getRow(derivedStart + i);
    row.getCell(3).value = label;
    row.font = { bold: true };
    plan.years.forEach((year, y) => {
      const c = col(L.firstYearColumn + y);
      const previousColumn = y === 0 ? null : col(L.firstYearColumn + y - 1);
      const cell = row.getCell(L.firstYearColumn + y);
      const prev = previousColumn ? `${previousColumn}${derivedStart + i}` : null;
      cell.value = {
        formula: formula(c, (l) => `${c}${rowOf(l)}`, prev),
        result: toPounds(value(positions[y]!)),
      };
      cell.numFmt = MONEY;
    });
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 60;
  ws.getColumn(4).width = 24;
  ws.getColumn(5).width = 6;
  plan.years.forEach((_, y) => (ws.getColumn(L.firstYearColumn + y).width = 15));
  const key = ws.getRow(derivedStart + rows.length + 1);
  key.getCell(3).value = `Kinds: ${Object.entries(lineKindNames)
    .map(([k, v]) => `${k} = ${v}`)
    .join('; ')}`;
  return wb;
}

/** Reads a grid workbook written by writeGridWorkbook (and edited by a person) back into a plan version. */
export function readGridWorkbook(
  wb: ExcelJS.Workbook,
): { ok: true; data: PlanVersion } | { ok: false; errors: PlanFileError[] } {
  const L = gridLayout;
  const ws = wb.getWorksheet(L.sheet);
  if (!ws)
    return {
      ok: false,
      errors: [
        { path: '(workbook)', message: `has no sheet "${L.sheet}": it is not a highneeds model grid` },
      ],
    };
  const text = (cell: ExcelJS.Cell) => {
    const v = cell.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && 'result' in v)
      return v.result === undefined ? '' : String(v.result as string | number);
    if (typeof v === 'object' && 'richText' in v)
      return restoreNeutralised(v.richText.map((t) => t.text).join(''));
    return typeof v === 'string' ? restoreNeutralised(v) : String(v as number);
  };
  const where = (cell: ExcelJS.Cell) => `sheet '${L.sheet}', cell ${cell.address}`;
  const header = ws.getRow(L.headerRow);
  const years: string[] = [];
  for (let c = L.firstYearColumn; text(header.getCell(c)) !== ''; c += 1) years.push(text(header.getCell(c)));
  const lines: unknown[] = [];
  const cellPaths = new Map<string, string>();
  for (let r = L.firstLineRow; text(ws.getRow(r).getCell(2)) !== ''; r += 1) {
    const row = ws.getRow(r);
    const amounts: Record<string, string | number> = {};
    years.forEach((year, y) => {
      const cell = row.getCell(L.firstYearColumn + y);
      amounts[year] = typeof cell.value === 'number' ? cell.value : text(cell);
      cellPaths.set(`lines[${lines.length}].amounts.${year}`, where(cell));
    });
    cellPaths.set(`lines[${lines.length}].kind`, where(row.getCell(2)));
    const workstream = text(row.getCell(4));
    lines.push({
      id: text(row.getCell(1)) || undefined,
      kind: text(row.getCell(2)),
      label: text(row.getCell(3)),
      ...(workstream ? { links: { workstream } } : {}),
      ...(text(row.getCell(5)) === 'yes' ? { memo: true } : {}),
      amounts,
    });
  }
  const number = (address: string) => {
    const v = ws.getCell(address).value;
    return typeof v === 'number' ? v : text(ws.getCell(address));
  };
  cellPaths.set('opening.cumulativeDeficit', where(ws.getCell(L.openingDeficitCell)));
  cellPaths.set('opening.dfeContributionsToDate', where(ws.getCell(L.openingDfeCell)));
  const description = text(ws.getCell(L.descriptionCell));
  const result = readPlanJson({
    council: text(ws.getCell(L.councilCell)),
    version: text(ws.getCell(L.versionCell)),
    ...(description ? { description } : {}),
    years,
    opening: {
      cumulativeDeficit: number(L.openingDeficitCell),
      dfeContributionsToDate: number(L.openingDfeCell),
    },
    lines,
  });
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => ({
      ...e,
      path: cellPaths.get(e.path) ?? `sheet '${L.sheet}', ${e.path}`,
    })),
  };
}
