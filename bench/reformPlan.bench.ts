// The reform plan: the demo council's synthetic forecast inputs with 6 mitigations (5 changing the
// forecast, 1 money-only) and 1,000 simulations: the unmitigated run, 5 sequential runs and 4 runs alone
// (the first alone is its sequential run), in this process on one thread. The target is under
// 10 s on two threads; the plan run does not use the thread pool yet, so this is the one-thread figure.
import { xoroshiro128plus } from 'pure-rand';
import { defaultOptions } from '../src/core/forecast/forecastOptions';
import { simulationStreams } from '../src/core/forecast/rng';
import { runReformPlan, type Mitigation } from '../src/core/reformPlan';
import { demoForecastInputs } from '../src/services/forecasts/demo';

const SIMULATIONS = 1000;
const common = { owner: 'Illustrative', startYear: '2021-22', phaseIn: [0.25, 0.6, 1], illustrative: true };

/** Six illustrative mitigations on the synthetic settings (MSS, RP, MSP, ISP, FE). */
export const benchMitigations: Mitigation[] = [
  {
    ...common,
    id: 'early-help',
    name: 'Early help',
    workstream: 'Early intervention',
    changes: [{ type: 'multiply-joiners', factor: 0.9 }],
  },
  {
    ...common,
    id: 'resourced',
    name: 'Resourced provision',
    workstream: 'Local provision',
    changes: [{ type: 'redirect', what: 'joiners', from: 'MSP', to: 'RP', share: 0.2, fromYear: 2021 }],
  },
  {
    ...common,
    id: 'local-special',
    name: 'Local special places',
    workstream: 'Local provision',
    changes: [{ type: 'redirect', what: 'movers', from: 'ISP', to: 'MSP', share: 0.3, fromYear: 2021 }],
  },
  {
    ...common,
    id: 'isp-cap',
    name: 'Independent places capped',
    workstream: 'Commissioning',
    changes: [{ type: 'cap', setting: 'ISP', places: 200, excess: 'redirect', to: 'MSP' }],
  },
  {
    ...common,
    id: 'post16',
    name: 'Preparing for adulthood',
    workstream: 'Post-16',
    changes: [{ type: 'multiply-rate', transition: 'leavers', factor: 1.1, from: { setting: 'FE' } }],
  },
  {
    ...common,
    id: 'banding',
    name: 'Top-up banding',
    workstream: 'Funding',
    amounts: { '2021-22': 200_000_00, '2022-23': 300_000_00 },
  },
];

/** Times one demo plan run. */
export function reformPlanBench(print: (line: string) => void): Promise<void> {
  const inputs = demoForecastInputs();
  let runs = 0;
  const start = performance.now();
  runReformPlan({
    inputs,
    options: defaultOptions,
    mitigations: benchMitigations,
    simulations: SIMULATIONS,
    streamOf: simulationStreams(xoroshiro128plus(1)),
    onProgress: (done) => (runs = done),
  });
  const seconds = (performance.now() - start) / 1000;
  print(
    `demo plan, 6 mitigations, ${SIMULATIONS} simulations, ${runs} forecasts, one thread: ${seconds.toFixed(1)} s`,
  );
  return Promise.resolve();
}
