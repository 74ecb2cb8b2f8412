// The national back-test on 150 synthetic councils (January 2010-2025, made up here from a fixed seed):
// each council's back-test as the plain-JSON call a worker would make, then the scorecard.
import { ageBands } from '../src/core/benchmark/ageBands';
import { backtestCouncil, backtestScorecard, type CouncilCaseload } from '../src/core/caseloadForecast';

function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticCouncils(count: number): CouncilCaseload[] {
  const next = lcg(7);
  return Array.from({ length: count }, (_, i) => {
    let total = 500 + Math.floor(next() * 3000);
    const shares = [0.04, 0.33, 0.36, 0.21, 0.06];
    return {
      council: String(100 + i),
      name: `Synthetic ${String(i)}`,
      years: Array.from({ length: 16 }, (_, y) => {
        total = Math.round(total * (1.03 + next() * 0.1));
        return {
          year: 2010 + y,
          total,
          ages: Object.fromEntries(
            ageBands.map((b, k) => [b, Math.round(total * (shares[k] ?? 0))]),
          ) as CouncilCaseload['years'][number]['ages'],
        };
      }),
    };
  });
}

/** Prints the time of a national back-test from January 2022, three years ahead. */
export async function nationalBench(print: (line: string) => void): Promise<void> {
  const councils = syntheticCouncils(150);
  const origins = Array.from({ length: 10 }, (_, i) => 2013 + i);
  const start = performance.now();
  const results = councils.map((caseload) =>
    backtestCouncil(
      JSON.parse(JSON.stringify({ caseload, origins, horizon: 3 })) as {
        caseload: CouncilCaseload;
        origins: number[];
        horizon: number;
      },
    ),
  );
  const fitted = performance.now();
  const card = backtestScorecard(results, 2022, 3);
  const scored = performance.now();
  const points = results.reduce((n, r) => n + r.points.length, 0);
  print(
    `back-test of ${String(councils.length)} councils x ${String(origins.length)} origins (${points.toLocaleString('en-GB')} forecasts): ${(fitted - start).toFixed(0)} ms`,
  );
  print(
    `scorecard of ${String(card.methods.length)} methods x 3 horizons: ${(scored - fitted).toFixed(0)} ms`,
  );
  await Promise.resolve();
}
