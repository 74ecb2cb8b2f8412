import ExcelJS from 'exceljs';
import { decimalsOf, type KpiUnit, type Rag } from '../../core/kpi';
import { longDate } from '../../core/safetyValve';
import type { QuarterlyReportData } from './reportData';
import { quarterTitle } from './text';
import { workbookBytes } from '../../io/export';

/** Number formats of the workbook: pounds, £m to three places, percentages, counts. */
export const numberFormats = {
  pounds: '"£"#,##0;-"£"#,##0',
  millions: '0.000;-0.000',
  percent: '0.00%',
  count: '#,##0',
} as const;

/** RAG fills (ARGB) used on every RAG cell. */
export const ragFills: Record<Rag, string> = { G: 'FFC6E8C9', A: 'FFFFE2A8', R: 'FFF5B8B8' };

type Cell = string | number | null;

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF1' } };
    c.alignment = { vertical: 'top', wrapText: true };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function rag(cell: ExcelJS.Cell, value: Rag | null): void {
  cell.value = value;
  cell.alignment = { horizontal: 'center' };
  if (value) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ragFills[value] } };
    cell.font = { bold: true };
  }
}

const pounds = (pence: number | null): Cell => (pence === null ? null : pence / 100);

/** A KPI figure as a cell value with its format: money in pounds, percentages as fractions. */
function kpiCell(cell: ExcelJS.Cell, unit: KpiUnit, decimals: number, value: number | null): void {
  if (value === null) return void (cell.value = 'n/a');
  if (unit === 'money') {
    cell.value = value / 100;
    cell.numFmt = numberFormats.pounds;
  } else if (unit === 'percent') {
    cell.value = Number((value / 100).toFixed(decimals + 2));
    cell.numFmt = decimals === 2 ? numberFormats.percent : `0.${'0'.repeat(decimals)}%`;
  } else {
    cell.value = value;
    cell.numFmt = numberFormats.count;
  }
}

/** The quarterly report's tables as a workbook, one sheet each, with £ and % formats and RAG fills. */
export async function quarterlyReportWorkbook(d: QuarterlyReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'highneeds';
  wb.title = `${d.council.name}: ${d.agreement.name}, ${quarterTitle(d.return.period)}`;

  const details = addSheet(wb, 'Return', ['Item', 'Value'], [46, 90]);
  const r = d.return;
  const rows: Array<[string, Cell]> = [
    ['Council', `${d.council.name} (LA ${d.council.code})`],
    ['Report', `${d.agreement.name}: ${quarterTitle(r.period)} Summary Update Report`],
    ['Period', r.period],
    ['Date Submitted', r.dateSubmitted ? longDate(r.dateSubmitted) : 'Not yet submitted'],
    ['Data Date', longDate(r.dataDate)],
    [
      'Signed off by S151 Officer',
      r.s151SignOff
        ? `${d.council.s151Officer ?? r.s151SignOff.name} (${r.s151SignOff.email}, ${longDate(r.s151SignOff.at.slice(0, 10))})`
        : 'Not yet signed',
    ],
    [
      'Signed off by Director of Children’s Services',
      r.dcsSignOff
        ? `${d.council.directorOfChildrensServices ?? r.dcsSignOff.name} (${r.dcsSignOff.email}, ${longDate(r.dcsSignOff.at.slice(0, 10))})`
        : 'Not yet signed',
    ],
    ['Status', d.statusText],
    [
      'Conditions: good / medium / low assurance',
      `${d.summaries.assurance.Good} / ${d.summaries.assurance.Medium} / ${d.summaries.assurance.Low}`,
    ],
    [
      'KPIs: green / amber / red',
      `${d.summaries.kpiRag.G} / ${d.summaries.kpiRag.A} / ${d.summaries.kpiRag.R}`,
    ],
    ['Summary', r.summary],
  ];
  for (const row of rows) details.addRow(row).getCell(2).alignment = { wrapText: true, vertical: 'top' };

  const conditions = addSheet(
    wb,
    'Conditions',
    ['Condition', 'Title', 'Assurance Level', 'Savings achieved', 'Savings target', 'Progress update'],
    [10, 50, 14, 16, 16, 100],
  );
  for (const c of d.conditions) {
    const row = conditions.addRow([
      c.number,
      c.title,
      c.assurance ?? 'Not assessed',
      pounds(c.savingsAchieved),
      pounds(c.savingsTarget),
      c.narrative,
    ]);
    row.getCell(4).numFmt = numberFormats.pounds;
    row.getCell(5).numFmt = numberFormats.pounds;
    for (const i of [2, 6]) row.getCell(i).alignment = { wrapText: true, vertical: 'top' };
  }

  const kpis = addSheet(
    wb,
    'KPIs',
    [
      'Ref',
      'Key Performance Indicator',
      'Baseline',
      'Target',
      'Actual / projected',
      'RAG',
      'Comment',
      'Target derivation',
      'KPI Category',
    ],
    [6, 50, 16, 16, 18, 6, 50, 40, 20],
  );
  for (const k of d.kpis?.kpis ?? []) {
    const row = kpis.addRow([k.ref, k.name]);
    const decimals = decimalsOf(k);
    kpiCell(row.getCell(3), k.unit, decimals, k.baseline);
    kpiCell(row.getCell(4), k.unit, decimals, k.periodTarget);
    kpiCell(row.getCell(5), k.unit, decimals, k.value);
    rag(row.getCell(6), k.rag);
    row.getCell(7).value = k.comment ?? null;
    row.getCell(8).value = k.targetDerivation;
    row.getCell(9).value = k.category;
  }

  const monitoring = addSheet(
    wb,
    'Monitoring',
    [
      `${d.council.name} financial model ${d.monitoring?.year ?? ''}`,
      'Financial Model £m',
      `${d.monitoring?.toVersion ?? 'Projection'} £m`,
      'Variance £m',
      'RAG',
    ],
    [56, 18, 24, 14, 6],
  );
  for (const m of d.monitoring?.rows ?? []) {
    const row = monitoring.addRow([
      m.label,
      m.model / 100_000_000,
      m.projection / 100_000_000,
      m.variance / 100_000_000,
    ]);
    for (const i of [2, 3, 4]) row.getCell(i).numFmt = numberFormats.millions;
    rag(row.getCell(5), m.rag);
    if (m.total) row.eachCell((c, i) => i < 5 && (c.font = { bold: true }));
  }

  const partners = addSheet(
    wb,
    'Partner contributions',
    ['Partner', 'Change in contribution relative to the previous year'],
    [30, 30],
  );
  for (const p of d.partnerContributions.rows)
    partners.addRow([p.partner, p.change / 100]).getCell(2).numFmt = numberFormats.pounds;
  const total = partners.addRow(['Total', d.partnerContributions.total / 100]);
  total.font = { bold: true };
  total.getCell(2).numFmt = numberFormats.pounds;

  const risks = addSheet(
    wb,
    'Risk register',
    ['Risk', 'Likelihood', 'Impact', 'Score', 'Mitigation', 'Owner', 'Trend'],
    [50, 11, 9, 8, 60, 26, 12],
  );
  for (const k of d.risks) {
    const row = risks.addRow([k.risk, k.likelihood, k.impact, k.score, k.mitigation, k.owner, k.trend]);
    for (const i of [1, 5]) row.getCell(i).alignment = { wrapText: true, vertical: 'top' };
  }

  const profile = addSheet(
    wb,
    'Deficit profile',
    ['Year (31 March of)', 'Agreement maximum', 'Agreed model', 'Latest projection'],
    [18, 20, 20, 20],
  );
  for (const p of d.deficitProfile.points) {
    const row = profile.addRow([p.year, pounds(p.maximum), pounds(p.agreed), pounds(p.projected)]);
    for (const i of [2, 3, 4]) row.getCell(i).numFmt = numberFormats.pounds;
  }

  const appendices = addSheet(wb, 'Appendices', ['Appendix', 'Title'], [10, 70]);
  for (const a of r.appendices) appendices.addRow([a.letter, a.title]);

  return workbookBytes(wb);
}
