// Where a reform plan run's forecasts end up, whichever process ran them: each forecast's means are kept
// once per (run, forecast) on the run row, locked, so exactly one worker sees the last one in; that one
// puts the run together (effects sequential and alone, the plan period, the bridge) and completes it.
import os from 'node:os';
import {
  assemblePlanRun,
  planBridge,
  runInPeriod,
  type Mitigation,
  type YearMeans,
} from '../../core/reformPlan';
import { loadPlanVersion, findPlanVersion } from '../../db/planRepository';
import type { JobHooks } from '../../jobs/jobQueue';
import type { ReformPlanForecastPayload, ReformPlanForecastResult } from '../../jobs/reformPlanForecast';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { bridgeFundingOf } from './bridgeFunding';
import { unfinishedRun, type PlanRunResult } from './planRunView';

/** The job kind of a plan run's forecasts (src/jobs/jobKinds.ts). */
export const planForecastJobKind = 'reform-plan-forecast';

/** The hooks of job kind `reform-plan-forecast`, wherever its jobs are worked (threads, workers, inline). */
export function reformPlanForecastHooks(ctx: ServiceContext): JobHooks {
  return {
    starting: (payload) => forecastWanted(ctx, payload as ReformPlanForecastPayload),
    completed: (payload, result, worker) =>
      recordForecast(ctx, payload as ReformPlanForecastPayload, result as ReformPlanForecastResult, worker),
    failed: (payload, reason) =>
      failPlanRun(
        ctx,
        (payload as ReformPlanForecastPayload).planRunId,
        `A forecast of the plan failed: ${reason}. Run the plan again; if it fails the same way, tell your system administrator.`,
      ),
  };
}

/** Marks the run running when its first forecast starts; false when the forecast is not needed any more. */
async function forecastWanted(ctx: ServiceContext, job: ReformPlanForecastPayload): Promise<boolean> {
  await ctx.db
    .updateTable('reform_plan_runs')
    .set({ status: 'running' })
    .where('id', '=', job.planRunId)
    .where('status', '=', 'queued')
    .execute();
  const run = await ctx.db
    .selectFrom('reform_plan_runs')
    .select(['status', 'forecasts'])
    .where('id', '=', job.planRunId)
    .executeTakeFirst();
  return run?.status === 'running' && !(job.key in (run.forecasts as object));
}

/** Keeps a forecast's means on its run, and completes the run when it was the last. */
async function recordForecast(
  ctx: ServiceContext,
  job: ReformPlanForecastPayload,
  result: ReformPlanForecastResult,
  worker: string,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const run = await trx
      .selectFrom('reform_plan_runs')
      .innerJoin('reform_plans', 'reform_plans.id', 'reform_plan_runs.plan_id')
      .select(['reform_plan_runs.id', 'reform_plan_runs.number', 'reform_plan_runs.status'])
      .select([
        'reform_plan_runs.forecasts',
        'reform_plan_runs.forecasts_total',
        'reform_plan_runs.mitigations',
      ])
      .select(['reform_plans.council_id', 'reform_plans.period_from', 'reform_plans.period_until'])
      .select(['reform_plans.plan_version', 'reform_plans.id as plan_id'])
      .where('reform_plan_runs.id', '=', job.planRunId)
      .forUpdate()
      .executeTakeFirst();
    if (!run || !(unfinishedRun as readonly string[]).includes(run.status)) return;
    const forecasts = { ...(run.forecasts as Record<string, YearMeans[]>), [result.key]: result.means };
    if (Object.keys(forecasts).length < run.forecasts_total) {
      await trx
        .updateTable('reform_plan_runs')
        .set({ status: 'running', forecasts: JSON.stringify(forecasts) })
        .where('id', '=', run.id)
        .execute();
      return;
    }
    const mitigations = run.mitigations as Mitigation[];
    const whole = assemblePlanRun(mitigations, new Map(Object.entries(forecasts)));
    const planRun = runInPeriod(whole, {
      from: run.period_from,
      until: run.period_until,
    });
    const council = await trx
      .selectFrom('councils')
      .select('code')
      .where('id', '=', run.council_id)
      .executeTakeFirstOrThrow();
    const version = run.plan_version
      ? await findPlanVersion(trx, run.council_id, run.plan_version)
      : undefined;
    const plan = version ? await loadPlanVersion(trx, council.code, version.id) : undefined;
    const stored: PlanRunResult = {
      run: planRun,
      bridge: planBridge(planRun, bridgeFundingOf(plan)),
      fundingFrom: version ? version.name : null,
      illustrative: mitigations.filter((m) => m.illustrative).map((m) => m.id),
    };
    await trx
      .updateTable('reform_plan_runs')
      .set({
        status: 'completed',
        forecasts: JSON.stringify(forecasts),
        result: JSON.stringify(stored),
        completed_at: ctx.now(),
      })
      .where('id', '=', run.id)
      .execute();
    await recordAudit(
      trx,
      { kind: 'system', label: `job worker ${worker}` },
      {
        councilId: run.council_id,
        action: 'complete',
        entity: 'reform-plan-run',
        entityId: `${run.plan_id}/${run.number}`,
        after: { status: 'completed', forecasts: run.forecasts_total },
      },
    );
  });
}

/** Fails a run with a reason people can act on (once: a finished run is left as it is). */
export async function failPlanRun(ctx: ServiceContext, runId: number, error: string): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const failed = await trx
      .updateTable('reform_plan_runs')
      .set({ status: 'failed', error, completed_at: ctx.now() })
      .where('id', '=', runId)
      .where('status', 'in', unfinishedRun)
      .returning(['plan_id', 'number'])
      .executeTakeFirst();
    if (!failed) return;
    const plan = await trx
      .selectFrom('reform_plans')
      .select('council_id')
      .where('id', '=', failed.plan_id)
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { kind: 'system', label: `job worker ${os.hostname()}:${process.pid}` },
      {
        councilId: plan.council_id,
        action: 'fail',
        entity: 'reform-plan-run',
        entityId: `${failed.plan_id}/${failed.number}`,
        after: { status: 'failed', error },
      },
    );
  });
}

/**
 * At the start of the process that owns the embedded database: the plan runs the last one left
 * unfinished are failed, saying what to do (their forecasts went with it). Nothing on PostgreSQL, where
 * workers may still be running them. Returns how many it failed.
 */
export async function failInterruptedPlanRuns(ctx: ServiceContext): Promise<number> {
  if (ctx.databaseKind !== 'pglite') return 0;
  const runs = await ctx.db
    .selectFrom('reform_plan_runs')
    .select('id')
    .where('status', 'in', unfinishedRun)
    .execute();
  for (const run of runs)
    await failPlanRun(ctx, run.id, 'The server stopped before this run finished: run the plan again.');
  return runs.length;
}
