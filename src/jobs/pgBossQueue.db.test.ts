// Two `highneeds worker` processes share a forecast split into chunks through the PostgreSQL queue.
// Needs a PostgreSQL server: runs under `npm run test:pg` (DATABASE_URL set), skips otherwise.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../core/forecast/forecast';
import { defaultOptions } from '../core/forecast/forecastOptions';
import { rngFromGenerator } from '../core/forecast/rng';
import { syntheticCouncil } from '../core/forecast/syntheticCouncil';
import { runChunkedForecast } from './chunkedForecast';
import { streamsOfSeed } from './forecastChunk';
import { defaultJobSettings } from './jobSettings';
import { PgBossQueue } from './pgBossQueue';

const serverUrl = process.env.DATABASE_URL;
const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'highneeds.js');

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startWorker(url: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--concurrency', '1'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start in 60 s:\n${output}`)), 60_000);
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('taking jobs from')) {
        clearTimeout(timer);
        resolve({ child, output: () => output, exited });
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    void exited.then((code) =>
      reject(new Error(`the worker exited with ${String(code)} before starting:\n${output}`)),
    );
  });
}

describe.skipIf(!serverUrl)(
  `highneeds worker on the PostgreSQL queue${serverUrl ? '' : ' (skipped: needs a PostgreSQL server; run npm run test:pg)'}`,
  () => {
    const name = `hn_jobs_${randomBytes(6).toString('hex')}`;
    let url = '';
    const workers: WorkerProcess[] = [];
    let queue: PgBossQueue | undefined;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const parsed = new URL(serverUrl as string);
      parsed.pathname = `/${name}`;
      url = parsed.toString();
      workers.push(...(await Promise.all([startWorker(url), startWorker(url)])));
      queue = await PgBossQueue.open(url, defaultJobSettings, () => undefined);
    }, 120_000);

    afterAll(async () => {
      await queue?.close();
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
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
