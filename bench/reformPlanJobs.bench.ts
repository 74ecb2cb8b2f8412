// The stored reform plan run as jobs (issue 14's target: the demo plan with 6 mitigations and 1,000
// simulations in under 10 s on two threads): the same plan as reformPlan.bench.ts, stored on the embedded
// database and run through the forecast job queue's worker threads, one job per forecast; checked
// identical to the one-thread run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { xoroshiro128plus } from 'pure-rand';
import { defaultOptions } from '../src/core/forecast/forecastOptions';
import { simulationStreams } from '../src/core/forecast/rng';
import { runReformPlan } from '../src/core/reformPlan';
import { allThreads } from '../src/jobs/threadPool';
import { createCouncil } from '../src/services/councils';
import { demoForecastInputs } from '../src/services/forecasts/demo';
import { storeInputSet } from '../src/services/forecasts/inputSets';
import { addMitigation } from '../src/services/reformPlan/planMitigations';
import {
  getReformPlanRun,
  startReformPlanRun,
  whenPlanRunSettles,
} from '../src/services/reformPlan/planRuns';
import { createReformPlan } from '../src/services/reformPlan/plans';
import { openRuntime } from '../src/services/runtime';
import { benchMitigations } from './reformPlan.bench';

const actor = { kind: 'system', label: 'bench' } as const;
// BENCH_SIMULATIONS=200 for a quicker look; the figure is at 1,000.
const SIMULATIONS = Number(process.env.BENCH_SIMULATIONS ?? 1000);

/** Times the stored demo plan run as jobs on this machine's threads. */
export async function reformPlanJobsBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-reform-'));
  const runtime = await openRuntime({ dataDir });
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
    const plan = await createReformPlan(ctx, actor, '314', {
      name: 'Bench plan',
      inputSetId: inputSet.id,
      seed: 1,
      simulations: SIMULATIONS,
      periodFrom: '2021-22',
      periodUntil: '2025-26',
    });
    for (const m of benchMitigations) {
      const amounts = m.amounts
        ? Object.fromEntries(Object.entries(m.amounts).map(([y, pence]) => [y, (pence ?? 0) / 100]))
        : undefined;
      await addMitigation(ctx, actor, '314', plan.id, { ...m, ...(amounts ? { amounts } : {}) });
    }
    const start = performance.now();
    const started = await startReformPlanRun(ctx, actor, '314', plan.id, {});
    await whenPlanRunSettles(plan.id, started.number);
    const seconds = (performance.now() - start) / 1000;
    const run = await getReformPlanRun(ctx, actor, '314', plan.id, started.number);
    const here = runReformPlan({
      inputs,
      options: defaultOptions,
      mitigations: benchMitigations,
      simulations: SIMULATIONS,
      streamOf: simulationStreams(xoroshiro128plus(1)),
    });
    // Deep equality: the database keeps objects as jsonb, which orders their keys its own way.
    const identical =
      run.status === 'completed' && isDeepStrictEqual(run.result?.run, JSON.parse(JSON.stringify(here)));
    print(
      `stored demo plan, 6 mitigations, ${SIMULATIONS} simulations, ${started.progress.total} forecasts as jobs on ` +
        `${allThreads()} threads: ${seconds.toFixed(1)} s; identical to one thread: ${identical ? 'yes' : 'NO'}`,
    );
    if (!identical) {
      const a = run.result?.run as unknown as Record<string, unknown>;
      const b = JSON.parse(JSON.stringify(here)) as Record<string, unknown>;
      const walk = (x: unknown, y: unknown, at: string): void => {
        if (typeof y === 'object' && y !== null && typeof x === 'object' && x !== null) {
          for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
            walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`);
        } else if (!Object.is(x, y)) print(`differs at ${at}: ${String(x)} | ${String(y)}`);
      };
      walk(a, b, 'run');
    }
    if (!identical) throw new Error(`the stored plan run differs from the one-thread run (${run.status})`);
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
