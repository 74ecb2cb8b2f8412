import { xoroshiro128plus } from 'pure-rand';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriesAcrossSimulations } from './forecast';
import { defaultOptions, witanOptions, type ForecastOptions } from './forecastOptions';
import { estimateParameters } from './modelParameters';
import type { YearFlows } from './outputLayout';
import { simulate, type SimulatedYears } from './projection';
import { rngFromGenerator, simulationStreams } from './rng';
import { syntheticCouncil } from './syntheticCouncil';
import type { WitanInputs } from './witanInputs';
import { YearStepper } from './yearStepper';

let council: WitanInputs;
beforeAll(() => {
  council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));
});

const run = (options: ForecastOptions, simulations: number, seed = 7, first = 0): SimulatedYears =>
  simulate(
    estimateParameters(council, options),
    simulationStreams(xoroshiro128plus(seed)),
    first,
    simulations,
  );

/** Per simulation and projected year: start + joiners - leavers - unrecorded exits - end (should be 0). */
function identityGaps(simulated: SimulatedYears): number[] {
  const { layout, years, simulations } = simulated;
  const series = (name: Parameters<typeof layout.group>[0], y: number) =>
    seriesAcrossSimulations(simulated, y, layout.group(name).offset);
  const gaps: number[] = [];
  for (let y = 1; y < years.length; y += 1) {
    const [start, end, joiners, leavers, unrecorded] = [
      series('total', y - 1),
      series('total', y),
      series('joiners', y),
      series('leavers', y),
      series('unrecordedExits', y),
    ];
    for (let s = 0; s < simulations; s += 1)
      gaps.push(start[s]! + joiners[s]! - leavers[s]! - unrecorded[s]! - end[s]!);
  }
  return gaps;
}

describe('simulate, default mode (explicit ageing out)', () => {
  it('start + joiners - leavers = end, exactly, in every simulation and year, with nobody vanishing', () => {
    const simulated = run(defaultOptions, 60);
    expect(identityGaps(simulated).every((gap) => gap === 0)).toBe(true);
    const unrecorded = simulated.layout.group('unrecordedExits').offset;
    for (let y = 0; y < simulated.years.length; y += 1)
      expect(seriesAcrossSimulations(simulated, y, unrecorded).every((v) => v === 0)).toBe(true);
  });
  it('never leaves a pupil in a cell valid-states.csv does not allow after the first year', () => {
    const parameters = estimateParameters(council, defaultOptions);
    const stepper = new YearStepper(parameters);
    const rng = rngFromGenerator(xoroshiro128plus(3));
    let current = Int32Array.from(parameters.initialPopulation);
    let next = new Int32Array(current.length);
    const flows: YearFlows = { joiners: 0, leavers: 0, movers: 0, unrecordedExits: 0 };
    const invalidAtStart = current.reduce(
      (sum, pupils, cell) => sum + (parameters.space.validCell[cell] === 1 ? 0 : pupils),
      0,
    );
    expect(invalidAtStart).toBeGreaterThan(0); // the synthetic data records some pupils past their setting's range
    for (let year = 0; year < parameters.projectionYears.length; year += 1) {
      stepper.step(rng, current, next, year, flows);
      const invalid = next.reduce(
        (sum, pupils, cell) => sum + (parameters.space.validCell[cell] === 1 ? 0 : pupils),
        0,
      );
      expect(invalid).toBe(0);
      [current, next] = [next, current];
    }
  });
});

describe('simulate, witan mode', () => {
  it('loses pupils silently (Q1), and the books balance only when those losses are counted', () => {
    const simulated = run(witanOptions, 30);
    expect(identityGaps(simulated).every((gap) => gap === 0)).toBe(true);
    const unrecorded = seriesAcrossSimulations(
      simulated,
      2,
      simulated.layout.group('unrecordedExits').offset,
    );
    expect(unrecorded.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});

describe('simulate, any mode', () => {
  it('gives the same numbers whether simulations run in one block or several', () => {
    const whole = run(defaultOptions, 10, 99);
    const first = run(defaultOptions, 4, 99, 0);
    const rest = run(defaultOptions, 6, 99, 4);
    expect([...first.values, ...rest.values]).toEqual([...whole.values]);
    expect(run(defaultOptions, 10, 100).values).not.toEqual(whole.values);
  });
  it('makes every breakdown add up to its total in every simulation and year', () => {
    const simulated = run(defaultOptions, 20);
    const { layout, years, simulations, values } = simulated;
    const sum = (name: Parameters<typeof layout.group>[0], at: number) => {
      const group = layout.group(name);
      return group.keys.reduce((total, _, i) => total + values[at + group.offset + i]!, 0);
    };
    for (let record = 0; record < simulations * years.length; record += 1) {
      const at = record * layout.seriesCount;
      const total = values[at + layout.group('total').offset]!;
      for (const name of ['byNcy', 'byAgeGroup', 'byNeed', 'bySetting'] as const)
        expect(sum(name, at)).toBe(total);
      expect(sum('costPenceBySetting', at)).toBe(values[at + layout.group('costPence').offset]);
    }
  });
  it('with rates drawn once per simulation, keeps the books balanced and the first year on the same expectation', () => {
    const perSimulation = run({ ...defaultOptions, rateDraws: 'per-simulation' }, 300, 11);
    const perCohortYear = run(defaultOptions, 300, 12);
    expect(identityGaps(perSimulation).every((gap) => gap === 0)).toBe(true);
    const total = perSimulation.layout.group('total').offset;
    const [a, b] = [
      seriesAcrossSimulations(perSimulation, 1, total),
      seriesAcrossSimulations(perCohortYear, 1, total),
    ];
    const mean = (v: Float64Array) => v.reduce((x, y) => x + y, 0) / v.length;
    const sd = (v: Float64Array) => Math.sqrt(v.reduce((x, y) => x + (y - mean(v)) ** 2, 0) / (v.length - 1));
    expect(Math.abs(mean(a) - mean(b))).toBeLessThan(4 * Math.sqrt(sd(a) ** 2 / 300 + sd(b) ** 2 / 300));
  });
});
