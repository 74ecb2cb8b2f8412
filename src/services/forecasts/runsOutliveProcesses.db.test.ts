// Forecast runs on the PostgreSQL queue outlive the processes that start and run them: real `highneeds`
// processes are killed (SIGKILL) mid-run and the run still completes with one process's numbers; a run
// that cannot finish fails at its time limit, and one whose chunk fails for good fails at once, each
// saying why. Runs under `npm run test:pg` (DATABASE_URL set), skips otherwise.
import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../../core/forecast/forecast';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { rngFromGenerator } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import { openDatabase, type OpenDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { streamsOfSeed } from '../../jobs/forecastChunk';
import { jobSettingsFrom } from '../../jobs/jobSettings';
import { PgBossQueue } from '../../jobs/pgBossQueue';
import { ParkedQueue } from '../../testing/parkedQueue';
import { startCli, startWorker, throwawayDatabase, type CliProcess } from '../../testing/processes';
import { realClock, type ServiceContext } from '../context';
import { createCouncil } from '../councils';
import type { Actor } from '../permissions';
import { storeInputSet } from './inputSets';
import { getForecastRun, startForecastRun } from './runs';

const serverUrl = process.env.DATABASE_URL;
const system: Actor = { kind: 'system', label: 'test' };
// A killed worker's chunk goes to another after 20 s, looked for every second (the defaults are 10 min and 60 s).
const settings = { HIGHNEEDS_JOB_EXPIRY_SECONDS: '20', HIGHNEEDS_JOB_CHECK_SECONDS: '1' };
const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(7)), 1);

describe.skipIf(!serverUrl)(
  `forecast runs that outlive their processes${serverUrl ? '' : ' (skipped: needs a PostgreSQL server; run npm run test:pg)'}`,
  () => {
    let database: Awaited<ReturnType<typeof throwawayDatabase>> | undefined;
    let opened: OpenDatabase | undefined;
    let ctx: ServiceContext;
    let inputSetId = 0;
    const processes: CliProcess[] = [];
    let env: Record<string, string> = {};

    /** Waits until run `number` has finished (completed or failed) and returns it. */
    async function finished(number: number, timeoutMs = 180_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const shown = await getForecastRun(ctx, system, '992', number);
        if (shown.run.status === 'completed' || shown.run.status === 'failed') return shown;
        if (Date.now() > deadline)
          throw new Error(`forecast run ${number} is still ${shown.run.status} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }

    beforeAll(async () => {
      database = await throwawayDatabase(serverUrl as string, 'hn_runs');
      env = { ...settings, DATABASE_URL: database.url };
      opened = await openDatabase({ url: database.url });
      await migrateToLatest(opened.db);
      ctx = { db: opened.db, databaseKind: 'postgresql', ...realClock() };
      const council = await createCouncil(ctx, system, {
        code: '992',
        newCode: 'E06000992',
        name: 'Killshire',
        region: 'South West',
      });
      inputSetId = (await storeInputSet(ctx, system, council, 'Synthetic', 'synthetic', inputs, [])).id;
    }, 120_000);

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.kill()));
      await opened?.close();
      await database?.drop();
    }, 60_000);

    it('completes a run whose submitter and one of its two workers are killed mid-run, exactly as one process runs it', async () => {
      const [a, b] = await Promise.all([
        startWorker(env.DATABASE_URL!, env),
        startWorker(env.DATABASE_URL!, env),
      ]);
      processes.push(a, b);
      const submitter = startCli(
        [
          'forecast',
          'start',
          '--council',
          '992',
          '--inputs',
          String(inputSetId),
          '--simulations',
          '4000',
          '--seed',
          '99',
        ],
        env,
      );
      processes.push(submitter);
      await submitter.waitFor(/Forecast run 1 "Forecast run 1" started: 4000 simulations, seed 99\./);
      // The submitter only watches now: killing it must not matter.
      await submitter.kill();
      expect(submitter.child.signalCode).toBe('SIGKILL');

      // Worker A is killed holding a chunk, after finishing one.
      const held = await a.waitFor(/done in [\s\S]*?forecast-run-chunk job (\S+) started\n/, 120_000);
      await a.kill();
      const heldJob = held[1]!;
      expect(a.output()).not.toContain(`forecast-run-chunk job ${heldJob} done`);
      expect((await getForecastRun(ctx, system, '992', 1)).run.status).toBe('running');

      const { run, years } = await finished(1);
      expect(run).toMatchObject({ status: 'completed', progress: { done: 4000, total: 4000 }, error: null });
      const single = runForecast(inputs, defaultOptions, 4000, streamsOfSeed(99));
      expect(years).toEqual(JSON.parse(JSON.stringify(single.years)));
      // The chunk A held was given to B after the job expiry, and B completed the run.
      expect(b.output()).toContain(`forecast-run-chunk job ${heldJob} done`);
      const completedBy = await ctx.db
        .selectFrom('audit_log')
        .select('actor_email')
        .where('entity', '=', 'forecast-run')
        .where('action', '=', 'complete')
        .executeTakeFirstOrThrow();
      expect(completedBy.actor_email).toMatch(new RegExp(`^job worker .+:${b.child.pid}:thread-\\d+$`));

      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    }, 300_000);

    it('fails a run no worker takes at its time limit, saying so, and a worker coming later does not bring it back', async () => {
      const submitter = startCli(
        [
          'forecast',
          'start',
          '--council',
          '992',
          '--inputs',
          String(inputSetId),
          '--simulations',
          '400',
          '--seed',
          '5',
        ],
        { ...env, HIGHNEEDS_RUN_TIMEOUT_SECONDS: '3' },
      );
      processes.push(submitter);
      expect(await submitter.exited).toBe(1);
      expect(submitter.output()).toContain(
        'Forecast run 2 failed: No worker took this run within 3 seconds, its time limit. Check that `highneeds worker` or `highneeds serve` is running, then start the run again.',
      );
      const late = await startWorker(env.DATABASE_URL!, env);
      processes.push(late);
      // Its eight chunks are taken and dropped unrun.
      await late.waitFor(/(forecast-run-chunk job \S+ skipped: its result is no longer wanted\n[\s\S]*?){8}/);
      expect(late.output()).not.toMatch(/forecast-run-chunk job \S+ started/);
      const { run, years } = await getForecastRun(ctx, system, '992', 2);
      expect(run).toMatchObject({ status: 'failed', progress: { done: 0, total: 400 } });
      expect(years).toBeNull();
      late.child.kill('SIGTERM');
      expect(await late.exited).toBe(0);
    }, 120_000);

    it('fails a run at once when a chunk fails on every attempt, naming the chunk and the reason', async () => {
      const worker = await startWorker(env.DATABASE_URL!, env);
      processes.push(worker);
      // The run is stored with its chunks kept aside, then sent with inputs the engine cannot read.
      const parked = new ParkedQueue('pg-boss');
      const started = await startForecastRun({ ...ctx, jobs: parked }, system, '992', {
        inputSetId,
        simulations: 20,
        seed: 1,
      });
      const queue = await PgBossQueue.open(env.DATABASE_URL!, jobSettingsFrom(env), () => undefined);
      try {
        await queue.submit(
          'forecast-run-chunk',
          parked.parked.map((p) => ({ ...(p as object), inputsJson: '{"transitions": 3}' })),
        );
        const { run } = await finished(started.number, 120_000);
        expect(run.status).toBe('failed');
        expect(run.error).toMatch(
          /^Chunk [12] of 2 \(simulations (1 to 10|11 to 20)\) failed: .+\. Start the run again; if it fails the same way, tell your system administrator\.$/,
        );
        // Three attempts (two retries), then the failure was reported.
        expect(worker.output().match(/forecast-run-chunk job \S+ started/g)?.length).toBeGreaterThanOrEqual(
          3,
        );
        expect(worker.output()).toContain('forecast-run-chunk job failed for good: ');
      } finally {
        await queue.close();
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
    }, 120_000);
  },
);
