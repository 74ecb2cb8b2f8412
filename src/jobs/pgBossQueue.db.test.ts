// `highneeds worker` processes sharing the PostgreSQL queue. Runs under `npm run test:pg` (DATABASE_URL
// set), skips otherwise.
import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../core/forecast/forecast';
import { defaultOptions } from '../core/forecast/forecastOptions';
import { rngFromGenerator } from '../core/forecast/rng';
import { syntheticCouncil } from '../core/forecast/syntheticCouncil';
import { startWorker, throwawayDatabase, type CliProcess } from '../testing/processes';
import { runChunkedForecast } from './chunkedForecast';
import { streamsOfSeed } from './forecastChunk';
import { defaultJobSettings } from './jobSettings';
import { PgBossQueue } from './pgBossQueue';

const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)(
  `highneeds worker on the PostgreSQL queue${serverUrl ? '' : ' (skipped: needs a PostgreSQL server; run npm run test:pg)'}`,
  () => {
    let database: Awaited<ReturnType<typeof throwawayDatabase>> | undefined;
    const workers: CliProcess[] = [];
    let queue: PgBossQueue | undefined;

    beforeAll(async () => {
      database = await throwawayDatabase(serverUrl as string, 'hn_jobs');
      workers.push(...(await Promise.all([startWorker(database.url), startWorker(database.url)])));
      queue = await PgBossQueue.open(database.url, defaultJobSettings, () => undefined);
    }, 120_000);

    afterAll(async () => {
      await queue?.close();
      await Promise.all(workers.map((w) => w.kill()));
      await database?.drop();
    }, 60_000);

    it('completes a forecast in chunks on both workers, equal to one single-process run, and the workers stop on SIGTERM', async () => {
      const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(7)), 1);
      const request = { inputs, options: defaultOptions, seed: 99, simulations: 240 };
      const submitted = await queue!.submit('forecast-chunk', []);
      expect(await submitted.results()).toEqual([]);

      const seen: number[] = [];
      const forecast = await runChunkedForecast(request, queue, (done) => seen.push(done), 30);
      const single = runForecast(inputs, defaultOptions, 240, streamsOfSeed(99));
      expect(forecast.years).toEqual(single.years);
      expect(Array.from(forecast.simulated.values)).toEqual(Array.from(single.simulated.values));
      expect(seen.at(-1)).toBe(240);

      // Each worker logs the chunks it finished: both must have done some.
      const done = workers.map((w) => (w.output().match(/forecast-chunk job \S+ done/g) ?? []).length);
      expect(done[0]).toBeGreaterThan(0);
      expect(done[1]).toBeGreaterThan(0);
      expect(done[0]! + done[1]!).toBe(8);

      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
      for (const w of workers) expect(w.output()).toMatch(/stopped\.\n$/);
    }, 120_000);
  },
);
