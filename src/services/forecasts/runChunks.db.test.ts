// A stored run completes wherever its chunks run: each chunk is stored once, the last one puts the run
// together; a chunk that fails for good fails the run; a run past its time limit fails; a run its server
// left unfinished is resumed at the next start. Workers are played here by calling the hooks directly,
// in the orders and repetitions real workers can produce.
import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runForecast } from '../../core/forecast/forecast';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { rngFromGenerator } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import { handle, streamsOfSeed, type ForecastRunChunkPayload } from '../../jobs/forecastChunk';
import { createCouncil } from '../councils';
import type { Actor } from '../permissions';
import { ParkedQueue } from '../../testing/parkedQueue';
import { openTestContext, type TestContext } from '../testContext';
import { storeInputSet } from './inputSets';
import { chunkWanted, forecastRunChunkHooks, recordChunk } from './runChunks';
import { runsInProgress } from './runDispatch';
import { getForecastRun, startForecastRun } from './runs';
import { MAX_RESUMES, recoverInterruptedRuns, timeOutForecastRuns } from './runSupervision';

const system: Actor = { kind: 'system', label: 'test' };
const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(5)), 0.2);

let t: TestContext;
let inputSetId = 0;
let queue: ParkedQueue;

async function runRow(number: number) {
  return t.ctx.db
    .selectFrom('forecast_runs')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
}

/** Starts a run whose chunks wait in the parked queue; returns its number and chunks. */
async function parkedRun(simulations: number, seed: number) {
  const from = queue.parked.length;
  const run = await startForecastRun({ ...t.ctx, jobs: queue }, system, '991', {
    inputSetId,
    simulations,
    seed,
  });
  return { number: run.number, chunks: queue.parked.slice(from) as ForecastRunChunkPayload[] };
}

const engineYears = (simulations: number, seed: number) =>
  JSON.parse(
    JSON.stringify(runForecast(inputs, defaultOptions, simulations, streamsOfSeed(seed)).years),
  ) as unknown;

describe('a stored run’s chunks, wherever they run', () => {
  beforeAll(async () => {
    t = await openTestContext();
    const council = await createCouncil(t.ctx, system, {
      code: '991',
      newCode: 'E06000991',
      name: 'Chunkshire',
      region: 'South East',
    });
    inputSetId = (await storeInputSet(t.ctx, system, council, 'Synthetic', 'synthetic', inputs, [])).id;
  });
  beforeEach(() => {
    queue = new ParkedQueue();
  });
  afterAll(async () => {
    await runsInProgress();
    await t.database.close();
  });

  it('stores each chunk once, in any order and however often it is retried, and the last one completes the run exactly as one process would', async () => {
    const { number, chunks } = await parkedRun(45, 11);
    expect(chunks.map((c) => [c.chunk, c.chunks, c.firstSimulation, c.simulations])).toEqual([
      [0, 5, 0, 10],
      [1, 5, 10, 10],
      [2, 5, 20, 10],
      [3, 5, 30, 10],
      [4, 5, 40, 5],
    ]);
    const stored = await runRow(number);
    expect(stored).toMatchObject({ status: 'queued', chunk_size: 10, chunks: 5, resumes: 0 });
    expect(stored.deadline_at!.getTime() - stored.created_at.getTime()).toBe(2 * 60 * 60 * 1000);
    // Workers take chunks 4 and 1; chunk 1's worker is killed after storing it, so it is run again.
    for (const i of [4, 1, 1]) {
      const chunk = chunks[i]!;
      if (await chunkWanted(t.ctx, chunk)) await recordChunk(t.ctx, chunk, handle(chunk), `w${i}`);
    }
    // A retried chunk that was stored before its worker stopped is stored once.
    await recordChunk(t.ctx, chunks[4]!, handle(chunks[4]!), 'late');
    expect(await runRow(number)).toMatchObject({ status: 'running', simulations_done: 15 });
    expect(await chunkWanted(t.ctx, chunks[1]!)).toBe(false);
    expect(await chunkWanted(t.ctx, chunks[0]!)).toBe(true);
    for (const i of [2, 3, 0]) await recordChunk(t.ctx, chunks[i]!, handle(chunks[i]!), `w${i}`);

    const { run, years } = await getForecastRun(t.ctx, system, '991', number);
    expect(run).toMatchObject({ status: 'completed', progress: { done: 45, total: 45 }, error: null });
    expect(years).toEqual(engineYears(45, 11));
    // The chunks were only the way there; a chunk arriving after the end changes nothing.
    expect(
      await t.ctx.db
        .selectFrom('forecast_run_chunks')
        .select('chunk')
        .where('run_id', '=', stored.id)
        .execute(),
    ).toEqual([]);
    await recordChunk(t.ctx, chunks[2]!, handle(chunks[2]!), 'very late');
    expect(await chunkWanted(t.ctx, chunks[2]!)).toBe(false);
    expect((await getForecastRun(t.ctx, system, '991', number)).years).toEqual(years);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_email'])
      .where('entity', '=', 'forecast-run')
      .where('entity_id', '=', String(number))
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', actor_email: 'test' },
      { action: 'complete', actor_email: 'job worker w0' },
    ]);
  });

  it('fails the run when a chunk fails for good, naming the chunk and the reason; its other chunks are then skipped', async () => {
    const { number, chunks } = await parkedRun(30, 3);
    const hooks = forecastRunChunkHooks(t.ctx);
    await recordChunk(t.ctx, chunks[0]!, handle(chunks[0]!), 'w0');
    await hooks.failed!(chunks[1]!, 'out of memory');
    const { run, years } = await getForecastRun(t.ctx, system, '991', number);
    expect(run.status).toBe('failed');
    expect(run.error).toBe(
      'Chunk 2 of 3 (simulations 11 to 20) failed: out of memory. Start the run again; if it fails the same way, tell your system administrator.',
    );
    expect(years).toBeNull();
    expect(await hooks.starting!(chunks[2]!)).toBe(false);
    await recordChunk(t.ctx, chunks[2]!, handle(chunks[2]!), 'w2');
    expect((await runRow(number)).status).toBe('failed');
    // The second report of the same failure (another chunk, another worker) does not overwrite the first.
    await hooks.failed!(chunks[2]!, 'another reason');
    expect((await runRow(number)).error).toMatch(/^Chunk 2 of 3 /);
  });

  it('fails runs past their time limit, saying whether no worker took them or how far they got', async () => {
    const waiting = await parkedRun(20, 1);
    const started = await parkedRun(20, 2);
    await recordChunk(t.ctx, started.chunks[0]!, handle(started.chunks[0]!), 'w0');
    t.advance(2 * 60 * 60 * 1000);
    expect(await timeOutForecastRuns(t.ctx)).toBe(0); // at the deadline, not past it
    t.advance(1000);
    expect(await timeOutForecastRuns(t.ctx)).toBe(2);
    expect((await runRow(waiting.number)).error).toBe(
      'No worker took this run within 2 hours, its time limit. Check that `highneeds worker` or `highneeds serve` is running, then start the run again.',
    );
    expect((await runRow(started.number)).error).toBe(
      'This run did not finish within 2 hours, its time limit: 10 of 20 simulations were done. A worker may have stopped, or the workers are too busy; start the run again.',
    );
    expect((await runRow(started.number)).status).toBe('failed');
    expect(await timeOutForecastRuns(t.ctx)).toBe(0);
    // Its last chunk, arriving late, does not bring a failed run back.
    await recordChunk(t.ctx, started.chunks[1]!, handle(started.chunks[1]!), 'w1');
    expect((await runRow(started.number)).status).toBe('failed');
  });

  it('resumes at the next start a run its server left unfinished, keeping the chunks it stored, with the same result', async () => {
    const { number, chunks } = await parkedRun(50, 8);
    await recordChunk(t.ctx, chunks[2]!, handle(chunks[2]!), 'w2');
    // The server stopped: its parked chunks are gone. The next start sends the four it had not stored.
    const restarted = new ParkedQueue();
    const next = { ...t.ctx, databaseKind: 'pglite' as const, jobs: restarted };
    expect(await recoverInterruptedRuns(next)).toEqual({ resumed: 1, failed: 0 });
    const resent = restarted.parked as ForecastRunChunkPayload[];
    expect(resent.map((c) => [c.chunk, c.firstSimulation, c.simulations])).toEqual([
      [0, 0, 10],
      [1, 10, 10],
      [3, 30, 10],
      [4, 40, 10],
    ]);
    for (const chunk of resent) await recordChunk(t.ctx, chunk, handle(chunk), 'after restart');
    const { run, years } = await getForecastRun(t.ctx, system, '991', number);
    expect(run.status).toBe('completed');
    expect(years).toEqual(engineYears(50, 8));
    expect((await runRow(number)).resumes).toBe(1);
  });

  it(`gives up a run after ${MAX_RESUMES} resumes, and runs made before chunks were stored, saying why`, async () => {
    const { number } = await parkedRun(20, 9);
    const next = { ...t.ctx, databaseKind: 'pglite' as const, jobs: queue };
    for (let i = 0; i < MAX_RESUMES; i += 1)
      expect(await recoverInterruptedRuns(next)).toEqual({ resumed: 1, failed: 0 });
    const old = await parkedRun(20, 10);
    await t.ctx.db
      .updateTable('forecast_runs')
      .set({ chunk_size: null, chunks: null, deadline_at: null })
      .where('number', '=', old.number)
      .execute();
    expect(await recoverInterruptedRuns(next)).toEqual({ resumed: 0, failed: 2 });
    expect((await runRow(number)).error).toBe(
      'The server stopped 3 times while running this run: start it again, and if the server keeps stopping, run fewer simulations or tell your system administrator.',
    );
    expect((await runRow(old.number)).error).toBe(
      'The server stopped before this run finished: start it again.',
    );
    // On PostgreSQL other processes may be running them: nothing is touched.
    expect(await recoverInterruptedRuns({ ...next, databaseKind: 'postgresql' })).toEqual({
      resumed: 0,
      failed: 0,
    });
  });
});
