// Forecast runs through the job interface: simulations per second on one thread and on all threads, for
// the witan.send demo (from ../shared, when present) at 1,000 simulations x 5 years, and the time for a
// synthetic council ten times the demo's size. The results are checked identical whatever the threads.
import os from 'node:os';
import { xoroshiro128plus } from 'pure-rand';
import { defaultOptions, witanOptions, type ForecastOptions } from '../src/core/forecast/forecastOptions';
import { rngFromGenerator } from '../src/core/forecast/rng';
import { syntheticCouncil } from '../src/core/forecast/syntheticCouncil';
import type { WitanInputs } from '../src/core/forecast/witanInputs';
import type { Forecast } from '../src/core/forecast/forecast';
import { runChunkedForecast } from '../src/jobs/chunkedForecast';
import { allThreads } from '../src/jobs/threadPool';
import { ThreadQueue } from '../src/jobs/threadQueue';
import { readWitanFolder } from '../src/io/witan/readWitanFolder';
import { sharedAvailable, sharedPath } from '../src/testing/shared';

const SIMULATIONS = 1000;

/** Wall-clock seconds, and the cores used on average (this process's CPU time, every thread, over wall time). */
async function timed(work: () => Promise<Forecast>): Promise<[Forecast, number, number]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return [result, seconds, (used.user + used.system) / 1e6 / seconds];
}

async function benchThreads(
  print: (line: string) => void,
  label: string,
  inputs: WitanInputs,
  options: ForecastOptions,
): Promise<void> {
  const request = { inputs, options, seed: 2024, simulations: SIMULATIONS };
  const threads = allThreads();
  // Warm-up: compiled code on this thread, and the pool's threads started (tsx loads in each).
  await runChunkedForecast({ ...request, simulations: 50 }, undefined);
  const pool = new ThreadQueue(threads);
  try {
    const [, coldSeconds] = await timed(() =>
      runChunkedForecast({ ...request, simulations: 4 * threads }, pool, undefined, 4),
    );
    await runChunkedForecast({ ...request, simulations: 200 }, pool);
    const [one, oneSeconds, oneCores] = await timed(() => runChunkedForecast(request, undefined));
    const [all, allSeconds, allCores] = await timed(() => runChunkedForecast(request, pool));
    const identical = JSON.stringify(one.years) === JSON.stringify(all.years);
    const years = one.parameters.projectionYears.length;
    print(
      `${label}: ${SIMULATIONS} simulations x ${years} years: one thread ${oneSeconds.toFixed(2)} s (${(SIMULATIONS / oneSeconds).toFixed(0)} simulations/s, ${oneCores.toFixed(2)} cores busy); ` +
        `all ${threads} threads ${allSeconds.toFixed(2)} s (${(SIMULATIONS / allSeconds).toFixed(0)} simulations/s, x${(oneSeconds / allSeconds).toFixed(2)}, ${allCores.toFixed(2)} cores busy); ` +
        `starting the pool ${coldSeconds.toFixed(2)} s; results identical: ${identical ? 'yes' : 'NO'}`,
    );
    if (!identical) throw new Error(`${label}: results differ between one thread and ${threads}`);
  } finally {
    await pool.close();
  }
}

export async function forecastThreadsBench(print: (line: string) => void): Promise<void> {
  // Other work on the machine takes cores from the threads: the load says how much there was.
  print(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.availableParallelism()} cores`,
  );
  const demo = ['fixtures', 'witan-send-demo'];
  if (sharedAvailable(...demo)) {
    const witan = readWitanFolder(sharedPath(...demo), { joinerPopulationYear: 'transition-start' });
    if (!witan.ok) throw new Error(`the witan.send demo does not read: ${witan.errors[0]?.message ?? ''}`);
    await benchThreads(print, 'witan.send demo, witan mode', witan.data.inputs, witanOptions);
    const ours = readWitanFolder(sharedPath(...demo), { joinerPopulationYear: 'census' });
    if (ours.ok) await benchThreads(print, 'witan.send demo, default mode', ours.data.inputs, defaultOptions);
  } else {
    print(`witan.send demo: skipped (${sharedPath(...demo)} is absent)`);
  }
  const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)), 10);
  await benchThreads(print, 'synthetic council x10 (seed 2024), default mode', inputs, defaultOptions);
}
