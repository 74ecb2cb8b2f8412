import { z } from 'zod';
import { checkKpis } from '../../core/checks/kpiChecks';
import { comparePeriods, evaluateKpis, parseKpiPeriod, type EvaluationPlans } from '../../core/kpi';
import { parseFinancialYear } from '../../core/periods';
import type { ServiceContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { loadVersionPlan } from '../financialModel/versions';
import { placementFiguresForKpis } from '../placements/kpiFigures';
import { sen2FiguresForKpis } from '../sen2/kpiFigures';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { councilForReading } from './access';
import { findSet, loadSet } from './store';

const evaluateInput = z
  .object({
    period: z.string().min(1, 'give a period such as 2021-05 or 2021-22-Q1'),
    targetVersion: z.string().min(1).optional(),
    valueVersion: z.string().min(1).optional(),
  })
  .strict();

function yearOfPeriod(period: string): string {
  try {
    return parseKpiPeriod(period).financialYear;
  } catch (error) {
    throw new ValidationError((error as Error).message, 'period');
  }
}

/**
 * Every KPI of the council judged for a period (money in pence): period target, value (computed ones from
 * the named plan versions: by default the set's target version and the period's value version), RAG, how
 * each was derived, and the reconciliation checks. A named version that does not exist is a 404.
 */
export async function evaluateCouncilKpis(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { period, targetVersion, valueVersion } = parseInput(evaluateInput, input);
  const council = await councilForReading(ctx, actor, code);
  const year = yearOfPeriod(period);
  const stored = await findSet(ctx.db, council, year);
  if (!stored) throw new NotFoundError(`${council.name} has no KPIs for ${year}.`);
  const set = await loadSet(ctx.db, council, stored);
  const targetName = targetVersion ?? set.targetVersion;
  const valueName = valueVersion ?? set.periods.find((p) => p.period === period)?.valueVersion;
  const placements = await placementFiguresForKpis(ctx, council, set, period);
  const sen2 = await sen2FiguresForKpis(ctx, council, set, period);
  const plans: EvaluationPlans = {
    ...(targetName ? { target: await loadVersionPlan(ctx, council, targetName) } : {}),
    ...(valueName ? { value: await loadVersionPlan(ctx, council, valueName) } : {}),
    ...(placements ? { placements } : {}),
    ...(sen2 ? { sen2 } : {}),
  };
  const evaluation = evaluateKpis(set, period, plans);
  return {
    ...evaluation,
    targetVersion: targetName ?? null,
    valueVersion: valueName ?? null,
    checks: checkKpis(set, period, plans),
  };
}

/**
 * One KPI's history in a year: per period with a record, the period target, value and RAG (computed
 * values from each period's own value version), oldest first, for trend lines.
 */
export async function kpiHistory(ctx: ServiceContext, actor: Actor, code: string, year: string, ref: string) {
  const council = await councilForReading(ctx, actor, code);
  let fy: string;
  try {
    fy = parseFinancialYear(year);
  } catch (error) {
    throw new ValidationError((error as Error).message, 'year');
  }
  const stored = await findSet(ctx.db, council, fy);
  const set = stored && (await loadSet(ctx.db, council, stored));
  const kpi = set?.kpis.find((k) => k.ref === ref);
  if (!set || !kpi) throw new NotFoundError(`${council.name} has no KPI ${ref} for ${fy}.`);
  const target = set.targetVersion ? await loadVersionPlan(ctx, council, set.targetVersion) : undefined;
  const periods = set.periods.map((p) => p.period).sort(comparePeriods);
  const history = [];
  for (const period of periods) {
    const name = set.periods.find((p) => p.period === period)?.valueVersion;
    const value = name ? await loadVersionPlan(ctx, council, name) : undefined;
    const placements = await placementFiguresForKpis(ctx, council, set, period);
    const sen2 = await sen2FiguresForKpis(ctx, council, set, period);
    const row = evaluateKpis(set, period, {
      ...(target ? { target } : {}),
      ...(value ? { value } : {}),
      ...(placements ? { placements } : {}),
      ...(sen2 ? { sen2 } : {}),
    }).kpis.find((k) => k.ref === ref)!;
    history.push({
      period,
      periodTarget: row.periodTarget,
      value: row.value,
      rag: row.rag,
      overridden: row.overridden,
      ...(row.comment ? { comment: row.comment } : {}),
    });
  }
  return { ref, name: kpi.name, unit: kpi.unit, financialYear: fy, history };
}
