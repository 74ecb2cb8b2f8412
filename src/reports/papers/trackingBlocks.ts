import { bodyKindNames, cadenceText, statusNames } from '../../core/governance';
import { formatKpiValue, type KpiEvaluation } from '../../core/kpi';
import { longDate } from '../../core/safetyValve';
import type { PaperFigures } from '../../services/papers/figures';
import { thousands } from '../quarterly/figures';
import { num, paragraph, type Block, type Cell } from '../document/model';
import { missing } from './financialBlocks';

// The tables a paper draws from what the council tracks: KPIs (a committee paper's Annex 2), the Safety
// Valve conditions' assurance, the recommendations tracker and the meeting cycle.

const value = (k: KpiEvaluation, v: number | null): Cell => num(formatKpiValue(k, v) || 'n/a');

function kpiSource(f: PaperFigures): string {
  const q = f.quarterly!;
  const k = q.kpis!;
  return `KPIs for ${k.period} (${k.monthsElapsed} months of ${q.return.financialYear}), the period of the ${q.return.period} return, the latest on ${longDate(f.asAt)}: targets from "${k.targetVersion ?? 'the annual targets'}", computed values from "${k.valueVersion ?? 'the entered values'}".`;
}

function kpiTable(f: PaperFigures, kpis: KpiEvaluation[], withComment: boolean): Block {
  const period = f.quarterly!.kpis!.period;
  return {
    kind: 'table',
    columns: [
      { heading: 'Ref', width: 4 },
      { heading: 'Key Performance Indicator', width: withComment ? 26 : 36 },
      { heading: 'Baseline', numeric: true },
      { heading: `Target ${period}`, numeric: true },
      { heading: 'Actual / projected', numeric: true },
      { heading: 'RAG' },
      ...(withComment ? [{ heading: 'Comment', width: 18 }] : []),
      { heading: 'Target Derivation' },
      { heading: 'KPI Category' },
    ],
    rows: kpis.map((k) => ({
      cells: [
        k.ref,
        k.name,
        value(k, k.baseline),
        value(k, k.periodTarget),
        value(k, k.value),
        { text: k.rag ?? '', rag: k.rag },
        ...(withComment
          ? [`${k.comment ?? ''}${k.overridden ? ` (rated by the council: ${k.overrideReason ?? ''})` : ''}`]
          : []),
        k.targetDerivation,
        k.category,
      ],
    })),
    small: true,
    source: kpiSource(f),
  };
}

function kpiProblem(f: PaperFigures): Block | null {
  if (!f.quarterly) return missing('The KPIs', f);
  if (!f.quarterly.kpis)
    return paragraph(
      `The KPIs cannot be shown: ${f.quarterly.kpiProblem ?? 'no KPIs for the period'}.`,
      'problem',
    );
  return null;
}

/** Annex 2: every KPI with baseline, target for the period, latest value, RAG, comment and target derivation. */
export function kpiAnnexBlocks(f: PaperFigures): Block[] {
  const problem = kpiProblem(f);
  return problem ? [problem] : [kpiTable(f, f.quarterly!.kpis!.kpis, true)];
}

/** The KPIs off track (amber and red), or a sentence saying none is. */
export function kpiOffTrackBlocks(f: PaperFigures): Block[] {
  const problem = kpiProblem(f);
  if (problem) return [problem];
  const off = f.quarterly!.kpis!.kpis.filter((k) => k.rag === 'A' || k.rag === 'R');
  if (off.length === 0) return [paragraph(`No KPI is amber or red. ${kpiSource(f)}`, 'caption')];
  return [kpiTable(f, off, false)];
}

/** Each Safety Valve condition with its assurance in the latest return, and savings against target. */
export function conditionBlocks(f: PaperFigures): Block[] {
  if (!f.quarterly) return [missing('A Safety Valve return', f)];
  const q = f.quarterly;
  const k = (p: number | null) => (p === null ? '' : thousands(p));
  return [
    {
      kind: 'table',
      columns: [
        { heading: 'Condition', width: 62 },
        { heading: 'Assurance' },
        { heading: 'Savings achieved', numeric: true },
        { heading: 'Savings target', numeric: true },
      ],
      rows: q.conditions.map((c) => ({
        cells: [
          `${c.number}: ${c.title}`,
          c.assurance ? c.assurance[0]!.toUpperCase() + c.assurance.slice(1) : 'Not assessed',
          num(k(c.savingsAchieved)),
          num(k(c.savingsTarget)),
        ],
      })),
      source: `Assurance as given in the ${q.return.period} return (data date ${longDate(q.return.dataDate)}; ${q.statusText}).`,
    },
  ];
}

/** The recommendations tracker (e.g. a peer review's), with owner, due date and status. */
export function recommendationBlocks(f: PaperFigures): Block[] {
  const recs = f.governance.items.filter((i) => i.kind === 'recommendation');
  if (recs.length === 0) return [missing('Recommendations', f)];
  return [
    {
      kind: 'table',
      columns: [
        { heading: 'Ref', width: 8 },
        { heading: 'Recommendation', width: 50 },
        { heading: 'Owner' },
        { heading: 'Due' },
        { heading: 'Status' },
      ],
      rows: recs.map((r) => ({
        cells: [
          r.reference ?? '',
          r.title,
          r.owner ?? '',
          r.dueOn ? longDate(r.dueOn) : '',
          { text: statusNames[r.status], bold: f.governance.overdue.includes(r) },
        ],
      })),
      source: `The recommendations tracker as at ${longDate(f.asAt)}${recs[0]!.source ? `; source: ${recs[0]!.source}` : ''}.`,
    },
  ];
}

/** The meeting cycle (each body, its cadence and next meeting) and the overdue actions. */
export function governanceBlocks(f: PaperFigures): Block[] {
  const g = f.governance;
  const blocks: Block[] = [];
  if (g.bodies.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { heading: 'Body', width: 40 },
        { heading: 'Kind' },
        { heading: 'Meets' },
        { heading: 'Next meeting' },
      ],
      rows: g.bodies.map((b) => ({
        cells: [
          b.name,
          bodyKindNames[b.kind],
          cadenceText(b.cadenceMonths),
          b.next ? `${longDate(b.next.meetsOn)}${b.next.basis === 'cadence' ? ' (expected)' : ''}` : '',
        ],
      })),
      source: `The meeting cycle as at ${longDate(f.asAt)}.`,
    });
  const overdue = g.overdue.filter((i) => i.kind === 'action');
  if (overdue.length > 0)
    blocks.push({
      kind: 'table',
      columns: [{ heading: 'Overdue action', width: 60 }, { heading: 'Owner' }, { heading: 'Due' }],
      rows: overdue.map((a) => ({ cells: [a.title, a.owner ?? '', a.dueOn ? longDate(a.dueOn) : ''] })),
    });
  return blocks.length > 0 ? blocks : [missing('A meeting cycle', f)];
}
