import { z } from 'zod';
import { checkKpis } from '../../core/checks/kpiChecks';
import {
  comparePeriods,
  decimalsOf,
  evaluateKpis,
  formatKpiValue,
  parseKpiPeriod,
  type EvaluationPlans,
  type KpiSet,
  type Rag,
} from '../../core/kpi';
import type { PlanVersion } from '../../core/finance';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import { loadVersionPlan } from '../financialModel/versions';
import { can, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { councilForReading, mayRecordKpi } from './access';
import { loadSet } from './store';
import { sen2FiguresForKpis } from '../sen2/kpiFigures';

const dashboardInput = z.object({ period: z.string().min(1).optional() }).strict();

/** One period a council holds KPI values or settings for. */
export interface DashboardPeriod {
  period: string;
  dataDate: string | null;
}

/** A KPI in one period of its trend line, with the figures as printed. */
interface HistoryPoint {
  period: string;
  periodTarget: number | null;
  value: number | null;
  rag: Rag | null;
  display: { periodTarget: string; value: string };
}

/** The council's KPI years, newest first, each with its periods oldest first. */
async function yearsOf(ctx: ServiceContext, council: Council) {
  const sets = await ctx.db
    .selectFrom('kpi_sets')
    .select(['id', 'financial_year', 'target_version'])
    .where('council_id', '=', council.id)
    .orderBy('financial_year', 'desc')
    .execute();
  const years: { financialYear: string; set: KpiSet; periods: DashboardPeriod[] }[] = [];
  for (const row of sets) {
    const set = await loadSet(ctx.db, council, {
      id: row.id,
      financialYear: row.financial_year,
      targetVersion: row.target_version,
    });
    const periods = [...set.periods]
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((p) => ({ period: p.period, dataDate: p.dataDate ?? null }));
    years.push({ financialYear: row.financial_year, set, periods });
  }
  return years;
}

/**
 * Everything the KPI dashboard shows in one answer (money in pence): the council's KPI years and periods,
 * and for the chosen period (default: the latest) every KPI judged, with its figures as the return prints
 * them, how it was derived, its history in the year up to that period for a trend line, and whether the
 * asking user may record its value. Unknown periods are a 404 naming the periods held.
 */
export async function kpiDashboard(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { period: asked } = parseInput(dashboardInput, input);
  const council = await councilForReading(ctx, actor, code);
  const years = await yearsOf(ctx, council);
  const mayDefine = can(actor, 'finance.edit', council.id);
  if (years.length === 0) return { council: council.code, financialYears: [], period: null, mayDefine };
  let yearIndex = 0;
  let period = years[0]!.periods.at(-1)?.period ?? null;
  if (asked !== undefined) {
    try {
      parseKpiPeriod(asked);
    } catch (error) {
      throw new ValidationError((error as Error).message, 'period');
    }
    yearIndex = years.findIndex((y) => y.periods.some((p) => p.period === asked));
    if (yearIndex < 0) {
      const held = years.flatMap((y) => y.periods.map((p) => p.period)).join(', ') || 'none';
      throw new NotFoundError(`${council.name} has no KPI values for ${asked}. Periods held: ${held}.`);
    }
    period = asked;
  }
  const financialYears = years.map((y) => ({ financialYear: y.financialYear, periods: y.periods }));
  const { set, periods } = years[yearIndex]!;
  if (period === null) return { council: council.code, financialYears, period: null, mayDefine };

  // Each plan version is loaded once, however many periods use it.
  const plansByName = new Map<string, Promise<PlanVersion>>();
  const plan = (name: string) => {
    if (!plansByName.has(name)) plansByName.set(name, loadVersionPlan(ctx, council, name));
    return plansByName.get(name)!;
  };
  const plansFor = async (p: string): Promise<EvaluationPlans> => {
    const valueName = set.periods.find((x) => x.period === p)?.valueVersion;
    const sen2 = await sen2FiguresForKpis(ctx, council, set, p);
    return {
      ...(set.targetVersion ? { target: await plan(set.targetVersion) } : {}),
      ...(valueName ? { value: await plan(valueName) } : {}),
      ...(sen2 ? { sen2 } : {}),
    };
  };

  const upTo = periods.filter((p) => comparePeriods(p.period, period) <= 0).map((p) => p.period);
  const byRef = new Map(set.kpis.map((k) => [k.ref, k]));
  const history = new Map<string, HistoryPoint[]>();
  for (const p of upTo) {
    for (const row of evaluateKpis(set, p, await plansFor(p)).kpis) {
      const kpi = byRef.get(row.ref)!;
      const list = history.get(row.ref) ?? [];
      list.push({
        period: p,
        periodTarget: row.periodTarget,
        value: row.value,
        rag: row.rag,
        display: {
          periodTarget: formatKpiValue(kpi, row.periodTarget),
          value: formatKpiValue(kpi, row.value),
        },
      });
      history.set(row.ref, list);
    }
  }
  const plans = await plansFor(period);
  const evaluation = evaluateKpis(set, period, plans);
  const kpis = evaluation.kpis.map((row) => {
    const kpi = byRef.get(row.ref)!;
    const shown = (value: number | null) => formatKpiValue(kpi, value);
    return {
      ...row,
      baselineDate: kpi.baselineDate,
      decimals: decimalsOf(kpi),
      computed: kpi.computed !== undefined,
      display: {
        baseline: shown(row.baseline),
        annualTarget: shown(row.annualTarget),
        periodTarget: shown(row.periodTarget),
        value: shown(row.value),
      },
      history: history.get(row.ref) ?? [],
      mayRecord: mayRecordKpi(actor, council, kpi),
    };
  });
  const categories = [...new Set(set.kpis.map((k) => k.category))];
  const ragCounts = { G: 0, A: 0, R: 0, none: 0 };
  for (const k of kpis) ragCounts[k.rag ?? 'none'] += 1;
  return {
    council: council.code,
    financialYears,
    period,
    financialYear: set.financialYear,
    dataDate: set.periods.find((p) => p.period === period)?.dataDate ?? parseKpiPeriod(period).end,
    monthsElapsed: evaluation.monthsElapsed,
    targetVersion: set.targetVersion ?? null,
    valueVersion: set.periods.find((p) => p.period === period)?.valueVersion ?? null,
    categories,
    ragCounts,
    kpis,
    problems: evaluation.problems,
    checks: checkKpis(set, period, plans),
    mayDefine,
  };
}

/** Everything the KPI dashboard shows for a period (or, with no KPIs yet, only the years held). */
export type KpiDashboardView = Awaited<ReturnType<typeof kpiDashboard>>;
/** One KPI of the dashboard, judged for the period, with its history and whether the user may record it. */
export type DashboardKpiView = Extract<KpiDashboardView, { kpis: unknown }>['kpis'][number];
