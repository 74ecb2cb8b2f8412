import type { KpiSet, PlacementFigures } from '../../core/kpi';
import { parseKpiPeriod } from '../../core/kpi';
import { financialYearOf } from '../../core/periods';
import { summarisePlacements } from '../../core/placements';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { latestSnapshot, loadPlacements } from './repository';
import { settingsFor } from './settings';

/**
 * The placement register's figures for KPIs: the register in force at `date` (the latest imported on or
 * before it), costed for `financialYear`; undefined when the council has no register by then. Aggregates
 * only. The caller has already checked the actor may read the council.
 */
export async function placementFiguresAt(
  ctx: ServiceContext,
  council: Council,
  date: string,
  financialYear: string,
): Promise<PlacementFigures | undefined> {
  const snapshot = await latestSnapshot(ctx.db, council.id, date);
  if (!snapshot) return undefined;
  const { categoryMap, notionalSenThreshold } = await settingsFor(ctx.db, council.id);
  const summary = summarisePlacements(await loadPlacements(ctx.db, snapshot.id), {
    asAt: snapshot.asAt,
    financialYear,
    categoryMap,
    notionalSenThreshold,
  });
  const averages = <K extends string>(record: Record<K, { average: number | null }>) =>
    Object.fromEntries(Object.entries<{ average: number | null }>(record).map(([k, a]) => [k, a.average]));
  return {
    asAt: snapshot.asAt,
    financialYear,
    synthetic: snapshot.synthetic,
    averageCostByPhase: averages(summary.averageCostByPhase),
    averageCostByCategory: averages(summary.averageCostByCategory),
    averageCostByCouncilCategory: Object.fromEntries(
      categoryMap.rules.map((rule) => [
        rule.id,
        { label: rule.label, average: summary.averageCostByCouncilCategory[rule.id]?.average ?? null },
      ]),
    ),
    averageCostOfEhcp: summary.averageCostOfEhcp,
    independentSectorSharePct: summary.independentSectorSharePct,
  };
}

/**
 * The registers a KPI set's placement formulas read for a period: the one in force at the period's data
 * date (costed for the set's year) for values, and the one at the placement KPIs' baseline date (costed
 * for that date's year) for the baseline checks. Nothing is loaded when no KPI reads the register.
 */
export async function placementFiguresForKpis(
  ctx: ServiceContext,
  council: Council,
  set: KpiSet,
  period: string,
): Promise<{ value?: PlacementFigures; baseline?: PlacementFigures } | undefined> {
  const reading = set.kpis.filter(
    (k) => k.computed?.kind === 'placements' || k.expected?.kind === 'placements',
  );
  if (reading.length === 0) return undefined;
  const dataDate = set.periods.find((p) => p.period === period)?.dataDate ?? parseKpiPeriod(period).end;
  const baselineDate = reading[0]!.baselineDate;
  const value = await placementFiguresAt(ctx, council, dataDate, set.financialYear);
  const baseline = await placementFiguresAt(ctx, council, baselineDate, financialYearOf(baselineDate));
  return { ...(value ? { value } : {}), ...(baseline ? { baseline } : {}) };
}
