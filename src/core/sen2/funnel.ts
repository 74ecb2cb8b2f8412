import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';
import { percentage } from '../money';
import { dayNumber, type IsoDate } from '../periods';
import { twentyWeeksInDays } from './dateChecks';
import type { ReturnIndex } from './returnIndex';
import { resolveSetting, type SettingLookups } from './settingResolution';

// The request-to-plan funnel of a return by month and by calendar year: requests, the decisions to assess
// or not, the decisions to issue a plan or not, plans issued and how many within 20 weeks of the request
// (with and without the 20-week exceptions, as the DfE publishes both), conversion rates, plans ceased by
// reason, and rank-1 placements starting and ending by DfE placement category: the flows of the
// stock-flow forecast and the figures of the `sen2` KPIs. An event falls in the period of its own date.

/** Plans issued within 20 weeks of their request, of the plans issued. */
export interface Timeliness {
  readonly issued: number;
  readonly within: number;
  /** within / issued, one decimal; null when none was issued. */
  readonly pct: number | null;
}

/** One period's flows. */
export interface FunnelPeriod {
  /** '2024-03' (a month) or '2024' (a calendar year). */
  readonly period: string;
  readonly requests: number;
  readonly requestDecisions: {
    readonly assess: number;
    readonly notAssess: number;
    readonly withdrawn: number;
  };
  readonly assessmentDecisions: {
    readonly issue: number;
    readonly notIssue: number;
    readonly withdrawn: number;
  };
  /** New plans: named plans starting in the period after an assessment decided to issue one. */
  readonly plansIssued: number;
  /** All plans issued, and those without a 20-week exception (the DfE's headline measure). */
  readonly within20Weeks: { readonly all: Timeliness; readonly excludingExceptions: Timeliness };
  /** Decided to assess over decisions on requests; decided to issue over decisions after assessment (%). */
  readonly conversion: { readonly assessRate: number | null; readonly issueRate: number | null };
  /** Plans ceased, by cease reason code ('none' without one). */
  readonly ceased: { readonly total: number; readonly byReason: Record<string, number> };
  /** Rank-1 placements starting (in) and ending (out) in each DfE category. */
  readonly flows: Record<PlacementCategory, { in: number; out: number }>;
}

/** Which periods: months, calendar years, or both. */
export type FunnelGrain = 'month' | 'year';

interface Tally {
  requests: number;
  assess: number;
  notAssess: number;
  requestWithdrawn: number;
  issue: number;
  notIssue: number;
  assessmentWithdrawn: number;
  issued: number;
  within: number;
  issuedNoException: number;
  withinNoException: number;
  ceased: Record<string, number>;
  flows: Record<PlacementCategory, { in: number; out: number }>;
}

const emptyTally = (): Tally => ({
  requests: 0,
  assess: 0,
  notAssess: 0,
  requestWithdrawn: 0,
  issue: 0,
  notIssue: 0,
  assessmentWithdrawn: 0,
  issued: 0,
  within: 0,
  issuedNoException: 0,
  withinNoException: 0,
  ceased: {},
  flows: Object.fromEntries(placementCategories.map((c) => [c, { in: 0, out: 0 }])) as Tally['flows'],
});

const timeliness = (issued: number, within: number): Timeliness => ({
  issued,
  within,
  pct: percentage(within, issued, 1),
});

/** The funnel of a return's events dated from `from` to `to` (inclusive), by month or by calendar year. */
export function funnel(
  index: ReturnIndex,
  lookups: SettingLookups,
  range: { from: IsoDate; to: IsoDate },
  grain: FunnelGrain,
): FunnelPeriod[] {
  const tallies = new Map<string, Tally>();
  const at = (date: IsoDate | null): Tally | undefined => {
    if (!date || date < range.from || date > range.to) return undefined;
    const key = grain === 'month' ? date.slice(0, 7) : date.slice(0, 4);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = emptyTally()));
    return tally;
  };
  for (const r of index.ret.requests) {
    const received = at(r.receivedDate);
    if (received) received.requests += 1;
    const decided = at(r.outcomeDate);
    if (decided && r.outcome === 'A') decided.assess += 1;
    if (decided && r.outcome === 'N') decided.notAssess += 1;
    if (decided && r.outcome === 'W') decided.requestWithdrawn += 1;
  }
  for (const a of index.ret.assessments) {
    const decided = at(a.outcomeDate);
    if (decided && a.outcome === 'Y') decided.issue += 1;
    if (decided && a.outcome === 'N') decided.notIssue += 1;
    if (decided && a.outcome === 'W') decided.assessmentWithdrawn += 1;
  }
  const assessmentByRow = new Map(index.ret.assessments.map((a) => [a.row, a]));
  for (const { plan, request } of index.plans) {
    const assessment = assessmentByRow.get(plan.assessmentRow);
    const started = assessment?.outcome === 'Y' ? at(plan.startDate) : undefined;
    if (started && plan.startDate && request.receivedDate) {
      const inTime = dayNumber(plan.startDate) - dayNumber(request.receivedDate) <= twentyWeeksInDays;
      started.issued += 1;
      if (inTime) started.within += 1;
      if (assessment?.week20Exception !== true) {
        started.issuedNoException += 1;
        if (inTime) started.withinNoException += 1;
      }
    }
    const ceased = at(plan.ceaseDate);
    if (ceased) {
      const reason = plan.ceaseReason === null ? 'none' : String(plan.ceaseReason);
      ceased.ceased[reason] = (ceased.ceased[reason] ?? 0) + 1;
    }
  }
  for (const active of index.activePlans) {
    for (const p of active.placements) {
      if ((p.rank ?? 1) !== 1) continue;
      const { category } = resolveSetting(p, lookups);
      const entered = at(p.entryDate);
      if (entered) entered.flows[category].in += 1;
      const left = at(p.leavingDate);
      if (left) left.flows[category].out += 1;
    }
  }
  return [...tallies]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, t]) => ({
      period,
      requests: t.requests,
      requestDecisions: { assess: t.assess, notAssess: t.notAssess, withdrawn: t.requestWithdrawn },
      assessmentDecisions: { issue: t.issue, notIssue: t.notIssue, withdrawn: t.assessmentWithdrawn },
      plansIssued: t.issued,
      within20Weeks: {
        all: timeliness(t.issued, t.within),
        excludingExceptions: timeliness(t.issuedNoException, t.withinNoException),
      },
      conversion: {
        assessRate: percentage(t.assess, t.assess + t.notAssess, 1),
        issueRate: percentage(t.issue, t.issue + t.notIssue, 1),
      },
      ceased: {
        total: Object.values(t.ceased).reduce((a, b) => a + b, 0),
        byReason: Object.fromEntries(Object.entries(t.ceased).sort(([a], [b]) => a.localeCompare(b))),
      },
      flows: t.flows,
    }));
}
