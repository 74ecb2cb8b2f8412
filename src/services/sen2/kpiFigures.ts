import { parseKpiPeriod, periodStart, type KpiSet, type Sen2Figures } from '../../core/kpi';
import { censusRecords } from '../../core/sen2/census';
import { listReturns } from '../../db/sen2Repository';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { funnelPeriods } from './funnel';
import { loadCouncilReturns, returnForDate } from './storedReturns';

/**
 * The SEN2 returns' figures for a KPI set's period (its first day to its data date), for the `sen2`
 * formulas: undefined when no KPI reads them or the council has no return. Aggregates only; the caller
 * has checked the actor may read the council.
 */
export async function sen2FiguresForKpis(
  ctx: ServiceContext,
  council: Council,
  set: KpiSet,
  period: string,
): Promise<Sen2Figures | undefined> {
  const reads = set.kpis.some((k) => k.computed?.kind === 'sen2' || k.expected?.kind === 'sen2');
  if (!reads || (await listReturns(ctx.db, council.id)).length === 0) return undefined;
  const parsed = parseKpiPeriod(period);
  const from = periodStart(parsed);
  const to = set.periods.find((p) => p.period === period)?.dataDate ?? parsed.end;
  const returns = await loadCouncilReturns(ctx.db, council);
  const months = funnelPeriods(returns, from, to, 'month');
  const sum = (pick: (m: (typeof months)[number]) => number) =>
    months.reduce((total, m) => total + pick(m), 0);
  const pct = (within: number, issued: number) =>
    issued === 0 ? null : Math.round((within / issued) * 1000) / 10;
  const stored = returnForDate(returns, to);
  return {
    from,
    to,
    months: parsed.kind === 'month' ? 1 : 3,
    synthetic: returns.synthetic,
    requests: sum((m) => m.requests),
    plansIssued: sum((m) => m.plansIssued),
    ceasedPlans: sum((m) => m.ceased.total),
    pctWithin20Weeks: {
      included: pct(
        sum((m) => m.within20Weeks.all.within),
        sum((m) => m.within20Weeks.all.issued),
      ),
      excluded: pct(
        sum((m) => m.within20Weeks.excludingExceptions.within),
        sum((m) => m.within20Weeks.excludingExceptions.issued),
      ),
    },
    ehcps: censusRecords(returns.byYear.get(stored.collectionYear)!, to, returns.lookups).length,
  };
}
