import { z } from 'zod';
import { forecastModes, type ForecastOptions } from '../../core/forecast/forecastOptions';
import { estimateParameters } from '../../core/forecast/modelParameters';
import { applyWhatIf, planForecastOptions, planForecasts, type Mitigation } from '../../core/reformPlan';
import type { ReformPlanForecastPayload } from '../../jobs/reformPlanForecast';
import { handle } from '../../jobs/reformPlanForecast';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import { loadInputSet } from '../forecasts/inputSets';
import { scenarioInput } from '../forecasts/runOptions';
import { dispatchJobs, whenWorkSettles } from '../jobDispatch';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { planForecastJobKind, reformPlanForecastHooks } from './planRunJobs';
import { planRunView } from './planRunView';
import { planMitigations, requirePlan } from './plans';
import { whatIfInput } from './reformPlanRun';

// Running a stored plan: its forecasts (unmitigated, each mitigation in the plan's order, each alone)
// are jobs on the forecast job queue, so a run goes on while the page shows its progress (forecasts done
// of all) and survives the request; the result is kept with the run (planRunJobs.ts).

const startInput = z.object({ whatIf: whatIfInput.optional() }).strict();

const workKey = (planId: number, number: number) => `reform-plan-run:${planId}/${number}`;

/** Resolves when this process's work on a plan run has finished; for tests and the CLI. */
export const whenPlanRunSettles = (planId: number, number: number) =>
  whenWorkSettles(workKey(planId, number));

/**
 * Starts a run of a stored plan (or of one what-if on top of it) and returns it at once, queued. The
 * mitigations are kept with the run as they were, so the plan may change while it runs.
 */
export async function startReformPlanRun(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  input: unknown,
) {
  const { whatIf } = parseInput(startInput, input);
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  const plan = await requirePlan(ctx.db, council, planId);
  let mitigations: Mitigation[] = await planMitigations(ctx.db, planId);
  if (mitigations.length === 0)
    throw new ValidationError('Add a mitigation to the plan before running it.', 'mitigations');
  const { inputs } = await loadInputSet(ctx, council, plan.input_set_id);
  let options: ForecastOptions = {
    ...forecastModes[plan.mode],
    ...(plan.scenario ? { scenario: scenarioInput(plan.scenario) } : {}),
  };
  if (whatIf) {
    try {
      ({ options, mitigations } = applyWhatIf(options, mitigations, whatIf));
    } catch (error) {
      throw new ValidationError(`What-if: ${(error as Error).message}.`, 'whatIf');
    }
  }
  let projected: readonly number[];
  try {
    projected = estimateParameters(inputs, options).projectionYears;
  } catch (error) {
    throw new ValidationError(
      `The plan's forecast cannot be run with its inputs: ${(error as Error).message}`,
    );
  }
  const forecasts = planForecasts(mitigations, projected);
  const inputsJson = JSON.stringify(inputs);
  let startHere = () => {};
  const row = await inTransaction(ctx, async (trx) => {
    const last = await trx
      .selectFrom('reform_plan_runs')
      .select((eb) => eb.fn.max('number').as('last'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    const inserted = await trx
      .insertInto('reform_plan_runs')
      .values({
        plan_id: planId,
        number: (last?.last ?? 0) + 1,
        what_if: whatIf ? JSON.stringify(whatIf) : null,
        mitigations: JSON.stringify(mitigations),
        status: 'queued',
        forecasts_total: forecasts.length,
        forecasts: '{}',
        created_by: actorLabel(actor).email,
        created_at: ctx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'reform-plan-run',
      entityId: `${planId}/${inserted.number}`,
      after: { plan: plan.name, forecasts: forecasts.length, ...(whatIf ? { whatIf } : {}) },
    });
    const payloads = forecasts.map(
      (f): ReformPlanForecastPayload => ({
        planRunId: inserted.id,
        key: f.key,
        inputsJson,
        options: planForecastOptions(options, f.changes),
        seed: Number(plan.seed),
        simulations: plan.simulations,
      }),
    );
    startHere = await dispatchJobs(ctx, trx, {
      kind: planForecastJobKind,
      key: workKey(planId, inserted.number),
      payloads,
      hooks: reformPlanForecastHooks(ctx),
      handle,
    });
    return inserted;
  });
  startHere();
  return planRunView(row);
}

/** One run of a plan, with its progress and, once completed, its result. */
export async function getReformPlanRun(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  number: number,
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  await requirePlan(ctx.db, council, planId);
  const row = await ctx.db
    .selectFrom('reform_plan_runs')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`The plan has no run ${number}.`);
  return planRunView(row);
}

/** What starting a run takes: nothing, or one what-if. */
export type StartPlanRunInput = z.input<typeof startInput>;
