import { z } from 'zod';
import type { YearSummary } from '../../core/forecast/forecast';
import { forecastModes, type ForecastOptions } from '../../core/forecast/forecastOptions';
import { estimateParameters } from '../../core/forecast/modelParameters';
import type { ForecastRunsTable } from '../../db/forecastSchema';
import { chunkSizeFor, type ForecastRequest } from '../../jobs/chunkedForecast';
import { defaultJobSettings } from '../../jobs/jobSettings';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { count, text } from '../fields';
import { parseInput } from '../validation';
import { loadInputSet } from './inputSets';
import { forecastOptionsInput, scenarioInput } from './runOptions';
import { dispatchRunChunks, runChunkPayloads } from './runDispatch';
import type { Selectable } from 'kysely';

/** The most simulations a stored run may ask for: every simulated value is held while it runs. */
export const MAX_RUN_SIMULATIONS = 20_000;

type RunRow = Selectable<ForecastRunsTable>;

const startInput = z
  .object({
    inputSetId: z.number().int().positive(),
    name: text('the run’s name').optional(),
    mode: z.enum(['default', 'witan']).default('default'),
    /** Switches over the mode's preset (docs/forecast.md), each checked against what the engine takes. */
    options: forecastOptionsInput.default({}),
    /** A scenario, passed to the engine inside the options; compare the run with its baseline. */
    scenario: z.record(z.string(), z.unknown()).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(0),
    simulations: count('simulations', { min: 1, max: MAX_RUN_SIMULATIONS }).default(1000),
    /** The number of a completed run of the same council to compare this one with. */
    baselineRun: z.number().int().positive().optional(),
  })
  .strict();

/** A run as people see it (no internal ids but the input set's). */
export function runView(row: RunRow, inputSetName: string, baselineNumber: number | null) {
  return {
    number: row.number,
    name: row.name,
    inputSet: { id: row.input_set_id, name: inputSetName },
    mode: row.mode,
    options: row.options as Record<string, unknown>,
    scenario: (row.scenario ?? null) as Record<string, unknown> | null,
    seed: row.seed,
    simulations: row.simulations,
    baselineRun: baselineNumber,
    status: row.status,
    progress: { done: row.simulations_done, total: row.simulations },
    error: row.error,
    seedYear: row.seed_year,
    warnings: row.warnings as string[],
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    /** When the run is failed if it has not finished (null for runs made before time limits). */
    deadlineAt: row.deadline_at?.toISOString() ?? null,
  };
}

export type ForecastRunView = ReturnType<typeof runView>;

/** The run with this number, or a 404 naming it. */
export async function requireRun(ctx: ServiceContext, council: Council, number: number): Promise<RunRow> {
  const row = await ctx.db
    .selectFrom('forecast_runs')
    .selectAll()
    .where('council_id', '=', council.id)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`${council.name} has no forecast run ${number}.`);
  return row;
}

async function viewOf(ctx: ServiceContext, row: RunRow) {
  const inputSet = await ctx.db
    .selectFrom('forecast_input_sets')
    .select('name')
    .where('id', '=', row.input_set_id)
    .executeTakeFirst();
  const baseline =
    row.baseline_run_id === null
      ? undefined
      : await ctx.db
          .selectFrom('forecast_runs')
          .select('number')
          .where('id', '=', row.baseline_run_id)
          .executeTakeFirst();
  return runView(row, inputSet?.name ?? '', baseline?.number ?? null);
}

/**
 * Starts a forecast run as background jobs: checks the inputs and options, stores the run (queued) with
 * its chunks handed to the workers, and returns at once. Whichever worker stores the last chunk completes
 * the run (runChunks.ts), so it finishes even if this process stops. Call it outside a transaction: on
 * this process's threads the chunks start once the run is committed.
 */
export async function startForecastRun(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  const data = parseInput(startInput, input);
  const inputSet = await loadInputSet(ctx, council, data.inputSetId);
  const scenario = data.scenario === undefined ? undefined : scenarioInput(data.scenario);
  const options: ForecastOptions = {
    ...forecastModes[data.mode],
    ...data.options,
    ...(scenario ? { scenario } : {}),
  };
  try {
    // Checked now, so a mistake is answered at once rather than found by a failed job.
    estimateParameters(inputSet.inputs, options);
  } catch (error) {
    throw new ValidationError(
      `The forecast cannot be run with these inputs and options: ${(error as Error).message}`,
    );
  }
  const request: ForecastRequest = {
    inputs: inputSet.inputs,
    options,
    seed: data.seed,
    simulations: data.simulations,
  };
  const chunkSize = chunkSizeFor(data.simulations, ctx.jobs?.concurrency || 2);
  const timeLimit = (ctx.jobSettings ?? defaultJobSettings).runTimeoutSeconds;
  let startHere = () => {};
  const row = await inTransaction(ctx, async (trx) => {
    let baselineId: number | null = null;
    if (data.baselineRun !== undefined) {
      const baseline = await requireRun({ ...ctx, db: trx }, council, data.baselineRun);
      baselineId = baseline.id;
    }
    const last = await trx
      .selectFrom('forecast_runs')
      .select((eb) => eb.fn.max('number').as('last'))
      .where('council_id', '=', council.id)
      .executeTakeFirst();
    const number = (last?.last ?? 0) + 1;
    const now = ctx.now();
    const inserted = await trx
      .insertInto('forecast_runs')
      .values({
        council_id: council.id,
        number,
        name: data.name ?? `Forecast run ${number}`,
        input_set_id: inputSet.id,
        mode: data.mode,
        options: JSON.stringify(options),
        scenario: data.scenario ? JSON.stringify(data.scenario) : null,
        seed: data.seed,
        simulations: data.simulations,
        baseline_run_id: baselineId,
        status: 'queued',
        warnings: JSON.stringify(inputSet.warnings),
        created_by: actorLabel(actor).email,
        created_at: now,
        chunk_size: chunkSize,
        chunks: Math.ceil(data.simulations / chunkSize),
        deadline_at: new Date(now.getTime() + timeLimit * 1000),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'forecast-run',
      entityId: number,
      after: {
        name: inserted.name,
        inputSet: inputSet.name,
        mode: data.mode,
        seed: data.seed,
        simulations: data.simulations,
        ...(data.scenario ? { scenario: data.scenario } : {}),
      },
    });
    // On PostgreSQL the chunks are queued in this transaction: the run exists if and only if they do.
    startHere = await dispatchRunChunks(
      ctx,
      trx,
      inserted.id,
      runChunkPayloads(inserted.id, request, chunkSize),
    );
    return inserted;
  });
  startHere();
  return viewOf(ctx, row);
}

/** The council's runs, newest first, without their results. */
export async function listForecastRuns(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const rows = await ctx.db
    .selectFrom('forecast_runs')
    .selectAll()
    .where('council_id', '=', council.id)
    .orderBy('number', 'desc')
    .execute();
  return Promise.all(rows.map((row) => viewOf(ctx, row)));
}

/** One run with its results (every group's statistics per year; costs in pence) and the input history. */
export async function getForecastRun(ctx: ServiceContext, actor: Actor, code: string, number: number) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const row = await requireRun(ctx, council, number);
  const inputSet = await ctx.db
    .selectFrom('forecast_input_sets')
    .select('summary')
    .where('id', '=', row.input_set_id)
    .executeTakeFirst();
  const summary = inputSet?.summary as { history?: Array<{ year: number; ehcps: number }> } | undefined;
  return {
    run: await viewOf(ctx, row),
    history: summary?.history ?? [],
    years: (row.results ?? null) as YearSummary[] | null,
  };
}

/** A completed run's results, or a 409 saying where it is. */
export async function completedRun(ctx: ServiceContext, council: Council, number: number) {
  const row = await requireRun(ctx, council, number);
  if (row.status !== 'completed' || !row.results)
    throw new ValidationError(
      `Forecast run ${number} is ${row.status}${row.error ? ` (${row.error})` : ''}: it has no results yet.`,
    );
  return { row, years: row.results as YearSummary[] };
}

// What the web receives and sends.
/** One run with its results by year and the EHCP history of its inputs. */
export type ForecastRunDetailView = Awaited<ReturnType<typeof getForecastRun>>;
/** What starting a run takes: the inputs, model, simulations, seed, options, scenario and baseline. */
export type StartRunInput = z.input<typeof startInput>;
