// Stored forecast runs on the embedded database: since issue 16 every chunk is stored by the worker that
// ran it and the last one puts the run together in SQL, so a run survives its process. This measures what
// that costs: the same run (demo inputs, 2 threads) in memory as before (chunks kept by the submitter,
// put together there) and as a stored run through the database, and checks the results are identical.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChunkedForecast } from '../src/jobs/chunkedForecast';
import { allThreads } from '../src/jobs/threadPool';
import { ThreadQueue } from '../src/jobs/threadQueue';
import { defaultOptions } from '../src/core/forecast/forecastOptions';
import { createCouncil } from '../src/services/councils';
import { demoForecastInputs } from '../src/services/forecasts/demo';
import { storeInputSet } from '../src/services/forecasts/inputSets';
import { whenRunSettles } from '../src/services/forecasts/runDispatch';
import { getForecastRun, startForecastRun } from '../src/services/forecasts/runs';
import { openRuntime } from '../src/services/runtime';

const actor = { kind: 'system', label: 'bench' } as const;

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

export async function forecastRunsBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-runs-'));
  const runtime = await openRuntime({ dataDir });
  const pool = new ThreadQueue(allThreads());
  try {
    const { ctx } = runtime;
    const council = await createCouncil(ctx, actor, {
      code: '314',
      newCode: 'E09000021',
      name: 'Kingston upon Thames',
      region: 'Outer London',
    });
    const inputs = demoForecastInputs();
    const inputSet = await storeInputSet(ctx, actor, council, 'Demo', 'synthetic', inputs, []);
    // Warm-up: both paths once, so threads and compiled code are ready.
    await runChunkedForecast({ inputs, options: defaultOptions, seed: 1, simulations: 100 }, pool);
    const warm = await startForecastRun(ctx, actor, '314', { inputSetId: inputSet.id, simulations: 100 });
    await settle(ctx, warm.number);
    for (const simulations of [1000, 5000]) {
      const request = { inputs, options: defaultOptions, seed: 7, simulations };
      let inMemory: unknown;
      const before = await seconds(async () => {
        inMemory = (await runChunkedForecast(request, pool)).years;
      });
      let number = 0;
      const after = await seconds(async () => {
        number = (
          await startForecastRun(ctx, actor, '314', { inputSetId: inputSet.id, simulations, seed: 7 })
        ).number;
        await settle(ctx, number);
      });
      const stored = await getForecastRun(ctx, actor, '314', number);
      const identical =
        stored.run.status === 'completed' &&
        JSON.stringify(stored.years) === JSON.stringify(JSON.parse(JSON.stringify(inMemory)));
      print(
        `demo inputs, ${simulations} simulations on ${allThreads()} threads: in memory ${before.toFixed(2)} s; ` +
          `stored run (chunks stored, put together in SQL) ${after.toFixed(2)} s (x${(after / before).toFixed(2)}); ` +
          `results identical: ${identical ? 'yes' : 'NO'}`,
      );
      if (!identical)
        throw new Error(`the stored run of ${simulations} simulations differs from the in-memory one`);
    }
  } finally {
    await pool.close();
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function settle(ctx: Parameters<typeof getForecastRun>[0], number: number): Promise<void> {
  const row = await ctx.db
    .selectFrom('forecast_runs')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  await whenRunSettles(row.id);
}
