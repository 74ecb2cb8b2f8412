import { xoroshiro128plus } from 'pure-rand';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareForecasts } from './comparison';
import { runForecast, seriesAcrossSimulations, type Forecast } from './forecast';
import { defaultOptions, witanOptions, type ForecastOptions } from './forecastOptions';
import { estimateParameters } from './modelParameters';
import type { OutputGroupName } from './outputLayout';
import type { SimulatedYears } from './projection';
import { rngFromGenerator, simulationStreams } from './rng';
import { parseScenario, type Scenario, type ScenarioChange } from './scenario';
import { ScenarioError } from './scenarioPlan';
import { syntheticCouncil } from './syntheticCouncil';
import type { WitanInputs } from './witanInputs';

// The synthetic council: settings MSS (NCY -3..14), RP (0..11), MSP (0..15), ISP (3..19), FE (12..19);
// needs ASD, MLD, SEMH, SLCN; transitions 2015-2019, so the seed year is 2020 and 2021-2025 are projected.
let council: WitanInputs;
beforeAll(() => {
  council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));
});

const scenario = (...changes: ScenarioChange[]): Scenario => ({ name: 'test', changes });
const run = (options: ForecastOptions, simulations = 200, seed = 5): Forecast =>
  runForecast(council, options, simulations, simulationStreams(xoroshiro128plus(seed)));

function series(simulated: SimulatedYears, name: OutputGroupName, key: string, year: number): Float64Array {
  const group = simulated.layout.group(name);
  return seriesAcrossSimulations(
    simulated,
    simulated.years.indexOf(year),
    group.offset + group.keys.indexOf(key),
  );
}
const mean = (values: Float64Array) => values.reduce((a, b) => a + b, 0) / values.length;

/** start + joiners - leavers - unrecorded exits - end, for every simulation and projected year. */
function gaps(simulated: SimulatedYears): number[] {
  const out: number[] = [];
  for (let y = 1; y < simulated.years.length; y += 1) {
    const year = simulated.years[y] as number;
    const previous = simulated.years[y - 1] as number;
    const [start, end, joiners, leavers, lost] = [
      series(simulated, 'total', 'total', previous),
      series(simulated, 'total', 'total', year),
      series(simulated, 'joiners', 'total', year),
      series(simulated, 'leavers', 'total', year),
      series(simulated, 'unrecordedExits', 'total', year),
    ];
    for (let s = 0; s < simulated.simulations; s += 1)
      out.push(start[s]! + joiners[s]! - leavers[s]! - lost[s]! - end[s]!);
  }
  return out;
}

const everyKind: Scenario = scenario(
  {
    type: 'multiply-rate',
    transition: 'leavers',
    factor: 1.5,
    from: { setting: 'MSS', ncy: { min: 5 } },
    years: { from: 2022 },
  },
  {
    type: 'multiply-rate',
    transition: 'movers',
    factor: 2,
    from: { setting: ['MSS', 'RP'] },
    to: { setting: 'MSP' },
  },
  { type: 'multiply-joiners', factor: 1.3, need: 'ASD', years: { until: 2024 } },
  { type: 'redirect', what: 'joiners', from: 'ISP', to: 'MSP', share: 0.5, fromYear: 2022 },
  { type: 'redirect', what: 'movers', from: 'ISP', to: 'MSP', share: 0.5, fromYear: 2022 },
  { type: 'redirect', what: 'placements', from: 'ISP', to: 'MSP', share: 0.2, fromYear: 2023 },
  { type: 'cap', setting: 'MSP', places: 450, excess: 'redirect', to: 'RP', years: { from: 2023 } },
  { type: 'cap', setting: 'RP', places: 200, excess: 'report' },
);

describe('parseScenario', () => {
  it('accepts a scenario with every kind of change', () => {
    expect(parseScenario(JSON.parse(JSON.stringify(everyKind)))).toEqual({ ok: true, scenario: everyKind });
  });
  it('reports every problem of shape with its path', () => {
    const result = parseScenario({
      changes: [
        { type: 'redirect', what: 'joiners', from: 'A', to: 'A', share: 1.5, fromYear: 2020 },
        { type: 'multiply-rate', transition: 'joiners', factor: -1 },
        { type: 'cap', setting: 'A', places: 10.5, excess: 'redirect' },
        { type: 'close' },
      ],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'name: is missing: a scenario must be named',
      'changes[0].to: is the same setting as from (A)',
      'changes[0].share: 1.5 is not a share: it must be from 0 to 1 (0.25 is a quarter)',
      'changes[1].transition: must be "leavers" or "movers", not "joiners"',
      'changes[1].factor: -1 is not a factor from 0 to 100',
      'changes[2].places: 10.5 is not a whole number of places',
      'changes[2].to: must be a setting or need code in double quotes, not undefined',
      'changes[3].type: must be "multiply-rate", "multiply-joiners", "redirect" or "cap", not "close"',
    ]);
  });
});

describe('a scenario against the model', () => {
  it('is refused when it names an unknown setting or need, saying where', () => {
    const bad = scenario(
      { type: 'redirect', what: 'placements', from: 'ISP', to: 'NEWSCHOOL', share: 0.3, fromYear: 2022 },
      { type: 'multiply-joiners', factor: 2, need: 'HI' },
    );
    expect(() => estimateParameters(council, { ...defaultOptions, scenario: bad })).toThrow(ScenarioError);
    try {
      estimateParameters(council, { ...defaultOptions, scenario: bad });
    } catch (error) {
      expect((error as ScenarioError).problems.map((p) => p.path)).toEqual([
        'changes[0].to',
        'changes[1].need',
      ]);
      expect((error as Error).message).toContain(
        "'NEWSCHOOL' is not a setting of this model (valid-states.csv has FE, ISP, MSP, MSS, RP)",
      );
    }
  });
  it('keeps start + joiners - leavers = end in every simulation and year, in default mode, with every kind of change', () => {
    const forecast = run({ ...defaultOptions, scenario: everyKind }, 100);
    expect(gaps(forecast.simulated).every((gap) => gap === 0)).toBe(true);
    expect(mean(series(forecast.simulated, 'unrecordedExits', 'total', 2024))).toBe(0);
    const perSimulation = run({ ...defaultOptions, rateDraws: 'per-simulation', scenario: everyKind }, 50);
    expect(gaps(perSimulation.simulated).every((gap) => gap === 0)).toBe(true);
  });
  it('also runs in witan mode, where the books balance once unrecorded exits are counted', () => {
    const forecast = run({ ...witanOptions, scenario: everyKind }, 50);
    expect(gaps(forecast.simulated).every((gap) => gap === 0)).toBe(true);
  });
  it('leaves years before a change exactly as the baseline (same seed), and changes the years it covers', () => {
    const baseline = run(defaultOptions);
    const doubled = run({
      ...defaultOptions,
      scenario: scenario({ type: 'multiply-rate', transition: 'leavers', factor: 2, years: { from: 2023 } }),
    });
    const compared = compareForecasts(baseline, doubled, true);
    const leavers = (year: number) => compared.find((c) => c.year === year)!.groups.leavers!.total!;
    for (const year of [2020, 2021, 2022]) {
      expect(leavers(year).difference).toBe(0);
      expect(leavers(year).paired!.sd).toBe(0);
    }
    // In default mode some leavers are pupils ageing out with nowhere to go, which the factor does not
    // touch, so the ratio is a little under 2.
    const ratio = leavers(2023).scenarioMean / leavers(2023).baselineMean;
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2.05);
    expect(compared.find((c) => c.year === 2025)!.groups.total!.total!.difference).toBeLessThan(-50);
  });
  it('changes the joiner rate itself', () => {
    const baseline = run(defaultOptions);
    const more = run({ ...defaultOptions, scenario: scenario({ type: 'multiply-joiners', factor: 1.5 }) });
    const b = mean(series(baseline.simulated, 'joiners', 'total', 2021));
    const m = mean(series(more.simulated, 'joiners', 'total', 2021));
    expect(m / b).toBeGreaterThan(1.4);
    expect(m / b).toBeLessThan(1.6);
    const asdOnly = run({
      ...defaultOptions,
      scenario: scenario({ type: 'multiply-joiners', factor: 3, need: 'ASD', ncy: { max: 10 } }),
    });
    expect(mean(series(asdOnly.simulated, 'byNeed', 'ASD', 2021))).toBeGreaterThan(
      mean(series(baseline.simulated, 'byNeed', 'ASD', 2021)) + 20,
    );
    // Other needs' joiners are unchanged in expectation: their numbers stay within noise of the baseline.
    const mld = (f: Forecast) => mean(series(f.simulated, 'byNeed', 'MLD', 2021));
    expect(Math.abs(mld(asdOnly) - mld(baseline))).toBeLessThan(6);
  });
  it('moves a share of placements once, in its year, counted as movers', () => {
    const baseline = run(defaultOptions);
    const moved = run({
      ...defaultOptions,
      scenario: scenario({
        type: 'redirect',
        what: 'placements',
        from: 'ISP',
        to: 'MSP',
        share: 1,
        fromYear: 2022,
        ncy: { max: 13 },
      }),
    });
    const isp = (f: Forecast, year: number) => mean(series(f.simulated, 'bySetting', 'ISP', year));
    expect(isp(moved, 2021)).toBe(isp(baseline, 2021));
    expect(isp(moved, 2022)).toBeLessThan(isp(baseline, 2022) * 0.8);
    const movers = (f: Forecast) => mean(series(f.simulated, 'movers', 'total', 2022));
    expect(movers(moved)).toBeGreaterThan(movers(baseline) + 50);
  });
  it('sends redirected joiners to the new setting from the given year', () => {
    const baseline = run(defaultOptions);
    const redirected = run({
      ...defaultOptions,
      scenario: scenario({
        type: 'redirect',
        what: 'joiners',
        from: 'MSS',
        to: 'RP',
        share: 1,
        fromYear: 2022,
      }),
    });
    const bySetting = (f: Forecast, s: string, year: number) =>
      mean(series(f.simulated, 'bySetting', s, year));
    expect(bySetting(redirected, 'RP', 2021)).toBe(bySetting(baseline, 'RP', 2021));
    expect(bySetting(redirected, 'RP', 2023)).toBeGreaterThan(bySetting(baseline, 'RP', 2023) + 40);
    expect(bySetting(redirected, 'MSS', 2023)).toBeLessThan(bySetting(baseline, 'MSS', 2023) - 40);
  });
  it('caps a setting: arrivals beyond the places are redirected or reported, never dropped', () => {
    const places = 420;
    for (const excess of ['redirect', 'report'] as const) {
      const capped = run(
        {
          ...defaultOptions,
          scenario: scenario({
            type: 'cap',
            setting: 'MSP',
            places,
            excess,
            ...(excess === 'redirect' && { to: 'MSS' }),
          }),
        },
        60,
      );
      expect(gaps(capped.simulated).every((gap) => gap === 0)).toBe(true);
      let redirected = 0;
      for (const year of [2021, 2022, 2023, 2024, 2025]) {
        const msp = series(capped.simulated, 'bySetting', 'MSP', year);
        const over = series(capped.simulated, 'placesOverCap', 'MSP', year);
        msp.forEach((pupils, s) => expect(over[s]).toBe(Math.max(0, pupils - places)));
        redirected += mean(series(capped.simulated, 'capRedirected', 'total', year));
      }
      if (excess === 'redirect') expect(redirected).toBeGreaterThan(0);
      else expect(redirected).toBe(0);
    }
  });
  it('compares with the baseline: a scenario that changes nothing differs by exactly 0', () => {
    const baseline = run(defaultOptions, 50);
    const same = run({ ...defaultOptions, scenario: scenario({ type: 'multiply-joiners', factor: 1 }) }, 50);
    for (const year of compareForecasts(baseline, same, true)) {
      expect(year.groups.total!.total!.difference).toBe(0);
      expect(year.groups.bySetting!.MSP!.paired!.p95).toBe(0);
    }
  });
});
