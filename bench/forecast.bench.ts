// Forecast engine figures: time to read and estimate, and simulations per second (one thread), for the
// witan.send demo (from ../shared, when present) and for seeded synthetic councils of the demo's size
// and ten times it; the demo also with the example scenario and category mapping of demo/forecast-companions
// (scenario overhead), and a back-test. Worker threads are another module's, so "all threads" is not here.
import path from 'node:path';
import { xoroshiro128plus } from 'pure-rand';
import { backtest } from '../src/core/forecast/backtest';
import { witanOptions, defaultOptions, type ForecastOptions } from '../src/core/forecast/forecastOptions';
import { estimateParameters, type ModelParameters } from '../src/core/forecast/modelParameters';
import { simulate } from '../src/core/forecast/projection';
import { rngFromGenerator, simulationStreams } from '../src/core/forecast/rng';
import { summariseYears } from '../src/core/forecast/forecast';
import { syntheticCouncil } from '../src/core/forecast/syntheticCouncil';
import type { WitanInputs } from '../src/core/forecast/witanInputs';
import { readWitanFolder } from '../src/io/witan/readWitanFolder';
import { sharedAvailable, sharedPath } from '../src/testing/shared';

const SIMULATIONS = 1000;
const demoCompanions = path.join(import.meta.dirname, '..', 'demo', 'forecast-companions');

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function pupils(parameters: ModelParameters): number {
  return parameters.initialPopulation.reduce((sum, count) => sum + count, 0);
}

function benchModel(
  print: (line: string) => void,
  label: string,
  inputs: WitanInputs,
  options: ForecastOptions,
  mode: string,
): void {
  const [parameters, estimateMs] = timed(() => estimateParameters(inputs, options));
  // One warm-up block so the figures measure compiled code, as a long run would.
  simulate(parameters, simulationStreams(xoroshiro128plus(1)), 0, 50);
  const [simulated, simulateMs] = timed(() =>
    simulate(parameters, simulationStreams(xoroshiro128plus(2)), 0, SIMULATIONS),
  );
  const [, summariseMs] = timed(() => summariseYears(simulated));
  const years = parameters.projectionYears.length;
  print(
    `${label}, ${mode}: ${inputs.transitions.length} transitions, ${pupils(parameters)} EHCPs, ${years} years; ` +
      `estimate ${estimateMs.toFixed(0)} ms; ${SIMULATIONS} simulations ${(simulateMs / 1000).toFixed(2)} s ` +
      `(${(SIMULATIONS / (simulateMs / 1000)).toFixed(0)} simulations/s, one thread); summarise ${summariseMs.toFixed(0)} ms`,
  );
}

export function forecastBench(print: (line: string) => void): Promise<void> {
  const demo = ['fixtures', 'witan-send-demo'];
  if (sharedAvailable(...demo)) {
    const [folder, readMs] = timed(() =>
      readWitanFolder(sharedPath(...demo), { joinerPopulationYear: 'transition-start' }),
    );
    if (!folder.ok) throw new Error(`the witan.send demo does not read: ${folder.errors[0]?.message ?? ''}`);
    print(`witan.send demo: read and check the four files ${readMs.toFixed(0)} ms`);
    benchModel(print, 'witan.send demo', folder.data.inputs, witanOptions, 'witan mode');
    benchModel(print, 'witan.send demo', folder.data.inputs, defaultOptions, 'default mode');
    benchModel(
      print,
      'witan.send demo',
      folder.data.inputs,
      { ...defaultOptions, rateDraws: 'per-cohort-year' },
      'default + rates per cohort-year',
    );
    const withScenario = readWitanFolder(sharedPath(...demo), {
      joinerPopulationYear: defaultOptions.joinerPopulationYear,
      categories: path.join(demoCompanions, 'setting-categories.csv'),
      scenario: path.join(demoCompanions, 'new-special-school.json'),
    });
    if (!withScenario.ok)
      throw new Error(`the demo scenario does not read: ${withScenario.errors[0]?.message ?? ''}`);
    const { inputs, scenario } = withScenario.data;
    benchModel(
      print,
      'witan.send demo',
      inputs,
      { ...defaultOptions, ...(scenario && { scenario }) },
      'default + demo scenario and categories',
    );
    const [, backtestMs] = timed(() =>
      backtest(inputs, defaultOptions, 500, simulationStreams(xoroshiro128plus(3))),
    );
    print(
      `witan.send demo, default mode: back-test, 3 folds x 500 simulations ${(backtestMs / 1000).toFixed(2)} s`,
    );
  } else {
    print(`witan.send demo: skipped (${sharedPath(...demo)} is absent)`);
  }
  for (const scale of [1, 10]) {
    const [inputs, generateMs] = timed(() =>
      syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)), scale),
    );
    print(`synthetic council x${scale} (seed 2024): generated in ${generateMs.toFixed(0)} ms`);
    benchModel(print, `synthetic council x${scale}`, inputs, defaultOptions, 'default mode');
  }
  return Promise.resolve();
}
