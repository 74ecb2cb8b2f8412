import type { YearPosition } from '../../core/finance';
import { formatKpiValue } from '../../core/kpi';
import { longDate } from '../../core/safetyValve';
import type { PaperFigures } from '../../services/papers/figures';
import { deficitProfileSvg } from '../quarterly/charts';
import { millions3, pounds, thousands } from '../quarterly/figures';
import { svgSize } from '../document/chartImages';
import { num, paragraph, type Block, type TableRow } from '../document/model';

// The money tables and charts of a paper: key figures, the DSG financial model by year (a committee
// paper's Annex 1), the monitoring table of the latest return, the DfE funding and the deficit chart.

/** Said when a table has nothing to be drawn from, naming what is missing. */
export function missing(what: string, figures: PaperFigures): Block {
  return paragraph(
    `${what} cannot be shown: ${figures.council.name} has none as at ${longDate(figures.asAt)}.`,
    'problem',
  );
}

/** The rows of the financial model annex: each figure computeModel derives, with its sign as councils print it. */
const modelRows: Array<{ label: string; figure: keyof YearPosition; total?: boolean }> = [
  { label: 'HNB allocation', figure: 'hnbAllocation' },
  { label: 'Budget additions (block transfers)', figure: 'blockTransfers' },
  { label: 'Other income', figure: 'otherIncome' },
  { label: 'Total budget', figure: 'totalBudget', total: true },
  { label: 'HNB expenditure before savings', figure: 'spendBeforeSavings', total: true },
  { label: 'Savings and cost mitigation', figure: 'totalSavings' },
  { label: 'HNB expenditure after savings', figure: 'spendAfterSavings', total: true },
  { label: 'Net HNB deficit', figure: 'netHighNeedsDeficit', total: true },
  { label: 'Variance in other DSG blocks', figure: 'otherBlocksVariance' },
  { label: 'General Fund contribution', figure: 'generalFundContribution' },
  { label: 'In-year DSG deficit', figure: 'inYearDsgDeficit', total: true },
  {
    label: 'Cumulative DSG deficit before Safety Valve funding',
    figure: 'cumulativeDeficitBeforeDfe',
    total: true,
  },
  { label: 'DfE Safety Valve funding in year', figure: 'dfeContributionsInYear' },
  {
    label: 'Cumulative DSG deficit after Safety Valve funding',
    figure: 'cumulativeDeficitAfterDfe',
    total: true,
  },
];

/** Annex 1: the Dedicated Schools Grant financial model of the paper's plan version, £m by year. */
export function financialModelBlocks(f: PaperFigures): Block[] {
  if (!f.model) return [missing('The financial model', f)];
  const years = f.model.years;
  const rows: TableRow[] = modelRows.map((r) => ({
    cells: [r.label, ...years.map((y) => num(millions3(y[r.figure] as number)))],
    ...(r.total ? { style: 'total' as const } : {}),
  }));
  return [
    {
      kind: 'table',
      columns: [
        { heading: '£m', width: 34 },
        ...years.map((y) => ({ heading: y.year.replace('-', '/'), numeric: true })),
      ],
      rows,
      small: true,
      source: `From plan version "${f.model.version}" of the financial model, as held on ${longDate(f.asAt)}. Savings, the General Fund contribution and DfE funding reduce the deficit.`,
    },
  ];
}

/** The monitoring table of the latest return: the agreed model against the projection, with variance and RAG. */
export function monitoringBlocks(f: PaperFigures): Block[] {
  const m = f.quarterly?.monitoring;
  if (!m)
    return [
      f.quarterly?.monitoringProblem
        ? paragraph(`The monitoring table cannot be shown: ${f.quarterly.monitoringProblem}`, 'problem')
        : missing('The monitoring table', f),
    ];
  return [
    {
      kind: 'table',
      columns: [
        { heading: `Financial model ${m.year.replace('-', '/')}`, width: 46 },
        { heading: 'Financial Model £m', numeric: true },
        { heading: `${m.toVersion} £m`, numeric: true },
        { heading: 'Variance £m', numeric: true },
        { heading: 'RAG' },
      ],
      rows: m.rows.map((r) => ({
        cells: [
          r.label,
          num(millions3(r.model)),
          num(millions3(r.projection)),
          num(millions3(r.variance)),
          { text: r.rag ?? '', rag: r.rag },
        ],
        ...(r.total ? { style: 'total' as const } : {}),
      })),
      source: `The ${f.quarterly!.return.period} return (data date ${longDate(f.quarterly!.return.dataDate)}): model "${m.fromVersion}" against projection "${m.toVersion}". Variance is projection less model.`,
    },
  ];
}

/** Key figures: this year's in-year and cumulative deficit (model and projection), DfE funding, EHCPs. */
export function keyFigureBlocks(f: PaperFigures): Block[] {
  const m = f.quarterly?.monitoring;
  const rows: TableRow[] = [];
  const line = (label: string, model: number | null, projection: number | null) =>
    rows.push({ cells: [label, num(pounds(model)), num(pounds(projection))] });
  if (m) {
    const find = (label: RegExp) => m.rows.filter((r) => label.test(r.label)).at(-1) ?? null;
    const inYear = find(/^Net HNB Deficit$/u);
    const cumulative = find(/cumulative before safety valve/iu);
    if (inYear) line(`In-year DSG deficit ${m.year.replace('-', '/')}`, inYear.model, inYear.projection);
    if (cumulative)
      line('Cumulative DSG deficit before Safety Valve funding', cumulative.model, cumulative.projection);
  }
  if (f.agreement) {
    const p = f.agreement.payments;
    rows.push({ cells: ['Safety Valve funding received to date', num(pounds(p.total.received)), ''] });
    if (p.writtenOff) rows.push({ cells: ['Advance written off by the DfE', num(pounds(p.writtenOff)), ''] });
  }
  const ehcps = f.quarterly?.kpis?.kpis.find((k) => /^actual ehcps$/iu.test(k.name));
  if (ehcps)
    rows.push({
      cells: [
        'EHCPs (target for the period, actual)',
        num(formatKpiValue(ehcps, ehcps.periodTarget)),
        num(formatKpiValue(ehcps, ehcps.value)),
      ],
    });
  if (rows.length === 0) return [missing('Key figures', f)];
  return [
    {
      kind: 'table',
      columns: [
        { heading: 'Key figure', width: 56 },
        { heading: 'Plan', numeric: true },
        { heading: 'Latest', numeric: true },
      ],
      rows,
      source: f.quarterly
        ? `From the ${f.quarterly.return.period} return (data date ${longDate(f.quarterly.return.dataDate)}), the latest on ${longDate(f.asAt)}.`
        : `As at ${longDate(f.asAt)}.`,
    },
  ];
}

/** The DfE's Safety Valve funding: promised, received, written off and still to come, by year. */
export function paymentBlocks(f: PaperFigures): Block[] {
  if (!f.agreement) return [missing('The Safety Valve agreement', f)];
  const p = f.agreement.payments;
  const rows: TableRow[] = p.byYear
    .filter((y) => y.planned || y.received || y.writtenOff)
    .map((y) => ({
      cells: [
        y.year.replace('-', '/'),
        num(pounds(y.planned)),
        num(pounds(y.received)),
        num(y.writtenOff ? pounds(y.writtenOff) : ''),
      ],
    }));
  rows.push({
    cells: ['Total', num(pounds(p.total.planned)), num(pounds(p.total.received)), num(pounds(p.writtenOff))],
    style: 'total',
  });
  const promised = f.agreement.totalFunding;
  return [
    {
      kind: 'table',
      columns: [
        { heading: 'Year' },
        { heading: 'Planned', numeric: true },
        { heading: 'Received', numeric: true },
        { heading: 'Written off', numeric: true },
      ],
      rows,
      source: `"${f.agreement.name}"${promised !== null ? `: ${pounds(promised)} promised in total subject to performance${f.agreement.finalPaymentYear ? `, the final payment in ${f.agreement.finalPaymentYear.replace('-', '/')}` : ''}` : ''}${p.notYetProfiled ? `; ${pounds(p.notYetProfiled)} not yet in any instalment` : ''}. As held on ${longDate(f.asAt)}.`,
    },
  ];
}

/** The cumulative deficit against the agreed profile, drawn by the chart layer as the return draws it. */
export function deficitChartBlocks(f: PaperFigures): Block[] {
  if (!f.quarterly) return [missing('The deficit chart', f)];
  const svg = deficitProfileSvg(f.quarterly);
  return [
    {
      kind: 'figure',
      svg,
      caption: `Cumulative DSG deficit against the agreed profile: model "${f.quarterly.deficitProfile.agreedVersion ?? 'none'}", projection "${f.quarterly.deficitProfile.projectionVersion ?? 'none'}", as at ${longDate(f.asAt)}.`,
      ...svgSize(svg),
    },
  ];
}

/** Savings delivery by line: the year's target, delivered to date, forecast and RAG, with the total. */
export function savingsDeliveryBlocks(f: PaperFigures): Block[] {
  const s = f.savings;
  if (!s || s.lines.length === 0) return [missing('Savings lines', f)];
  const k = (p: number | null) => (p === null ? 'not reported' : thousands(p));
  return [
    {
      kind: 'table',
      columns: [
        { heading: 'Savings line', width: 40 },
        { heading: 'Workstream' },
        { heading: `Target ${s.financialYear.replace('-', '/')}`, numeric: true },
        { heading: 'Delivered to date', numeric: true },
        { heading: 'Forecast', numeric: true },
        { heading: 'RAG' },
      ],
      rows: [
        ...s.lines.map((l) => ({
          cells: [
            l.label,
            l.workstream,
            num(k(l.target)),
            num(k(l.delivered)),
            num(k(l.forecast)),
            { text: l.rag ?? '', rag: l.rag },
          ],
        })),
        {
          cells: [
            'Total',
            '',
            num(k(s.total.target)),
            num(k(s.total.delivered)),
            num(k(s.total.forecast)),
            '',
          ],
          style: 'total' as const,
        },
      ],
      source: `Savings lines of plan version "${s.version}"; delivery as recorded on or before ${longDate(f.asAt)} (${s.total.linesReported} of ${s.lines.length} lines reported; a line not reported counts at its target in the forecast total). RAG judges the forecast against the target.`,
    },
  ];
}
