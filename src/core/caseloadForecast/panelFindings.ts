import { laByCode } from '../benchmark/laLookup';
import type { FlowYear, PanelMember, PublishedPanel } from './publishedPanel';

// Reconciliation of the published panel before anything is fitted on it. Three traps in the DfE's
// releases, each reported as a finding a person can check against the release:
//  - a region's total given in its councils' rows (the June 2025 release gives Yorkshire and The
//    Humber's 2022 new plans, 6,078, as each of its 15 councils' figure): read as unknown;
//  - a sudden change in a council's caseload (Newham: 2,705 plans in January 2024, 1,199 in 2025): kept,
//    since it is what was published, but flagged so a large forecast error is explained;
//  - a council created by a reorganisation (Dorset and BCP 2019, North and West Northamptonshire 2021,
//    Cumberland and Westmorland and Furness 2023): its series starts then; its predecessors' are not its.

/** One reconciliation finding, in words a person can check against the release. */
export interface PanelFinding {
  kind: 'regionalTotalInCouncilRows' | 'suddenChange' | 'reorganised';
  /** The council (three-digit LA number), or the region's E12 code for a regional total. */
  area: string;
  name: string;
  year: number;
  /** The councils concerned (regional total: each council whose figure was the region's). */
  councils: string[];
  message: string;
  /** For a sudden change: the year's change as a share (-0.56: a 56% fall). */
  change?: number;
}

/** A fall larger than this share, or a rise larger than SUDDEN_RISE, in one year is flagged. */
export const SUDDEN_FALL = 0.25;
export const SUDDEN_RISE = 0.4;
/** Councils smaller than this are too small for a percentage change to mean a break. */
export const SUDDEN_CHANGE_MIN_PLANS = 100;

const count = (n: number) => n.toLocaleString('en-GB');
const flowNames = { newPlans: 'new plans', requests: 'requests for assessment' } as const;

/** Councils whose flow figure for a year is their region's total (when the region has several councils). */
function regionalTotals(panel: PublishedPanel): { findings: PanelFinding[]; blank: Set<string> } {
  const findings: PanelFinding[] = [];
  const blank = new Set<string>();
  for (const region of panel.regions) {
    const members = panel.councils.filter((c) => c.region === region.council);
    if (members.length < 2) continue;
    for (const flow of region.flows) {
      for (const key of ['newPlans', 'requests'] as const) {
        const total = flow[key];
        if (total === null) continue;
        const same = members.filter((c) => c.flows.find((f) => f.year === flow.year)?.[key] === total);
        if (same.length === 0) continue;
        for (const c of same) blank.add(`${c.council}|${String(flow.year)}|${key}`);
        findings.push({
          kind: 'regionalTotalInCouncilRows',
          area: region.council,
          name: region.name,
          year: flow.year,
          councils: same.map((c) => c.council),
          message: `${String(same.length)} of ${region.name}'s ${String(members.length)} councils are given ${region.name}'s own ${String(flow.year)} total of ${flowNames[key]}, ${count(total)}, as their figure (${same.map((c) => c.name).join(', ')}): read as unknown.`,
        });
      }
    }
  }
  return { findings, blank };
}

function suddenChanges(member: PanelMember): PanelFinding[] {
  const out: PanelFinding[] = [];
  const byYear = new Map(member.years.map((y) => [y.year, y.total]));
  for (const { year, total } of member.years) {
    const before = byYear.get(year - 1);
    if (total === null || before === null || before === undefined || before < SUDDEN_CHANGE_MIN_PLANS)
      continue;
    const change = total / before - 1;
    if (change > -SUDDEN_FALL && change < SUDDEN_RISE) continue;
    out.push({
      kind: 'suddenChange',
      area: member.council,
      name: member.name,
      year,
      councils: [member.council],
      change: Math.round(change * 1000) / 1000,
      message: `${member.name}: ${count(before)} plans in January ${String(year - 1)}, ${count(total)} in January ${String(year)} (${change > 0 ? '+' : ''}${String(Math.round(change * 100))}%), a break in the series no method can foresee.`,
    });
  }
  return out;
}

function reorganised(member: PanelMember): PanelFinding[] {
  const la = laByCode(member.council);
  if (!la?.from || !la.predecessors) return [];
  const year = Number(la.from.slice(0, 4)) + 1;
  const names = la.predecessors.map((p) => `${laByCode(p)?.name ?? p} (${p})`).join(', ');
  return [
    {
      kind: 'reorganised',
      area: member.council,
      name: member.name,
      year,
      councils: [member.council],
      message: `${member.name} was created on ${la.from} from ${names}: its series starts in January ${String(year)}, and it is forecast once it has four years of its own.`,
    },
  ];
}

/** The panel with every regional total given as a council's flow read as unknown, and every finding. */
export function reconcilePanel(panel: PublishedPanel): { panel: PublishedPanel; findings: PanelFinding[] } {
  const { findings, blank } = regionalTotals(panel);
  const clean = (c: PanelMember): PanelMember => ({
    ...c,
    flows: c.flows.map(
      (f): FlowYear => ({
        ...f,
        newPlans: blank.has(`${c.council}|${String(f.year)}|newPlans`) ? null : f.newPlans,
        requests: blank.has(`${c.council}|${String(f.year)}|requests`) ? null : f.requests,
      }),
    ),
  });
  return {
    panel: { ...panel, councils: panel.councils.map(clean) },
    findings: [...findings, ...panel.councils.flatMap((c) => [...suddenChanges(c), ...reorganised(c)])],
  };
}
