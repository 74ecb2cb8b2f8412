import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { seriesAcrossSimulations } from './forecast';
import { defaultOptions, witanOptions } from './forecastOptions';
import { estimateParameters } from './modelParameters';
import { simulate } from './projection';
import { rngFromGenerator, simulationStreams } from './rng';
import { cellOf, stateOf } from './stateSpace';
import { syntheticCouncil } from './syntheticCouncil';
import type { Transition, WitanInputs } from './witanInputs';

const council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));

describe('costs by NCY and with inflation', () => {
  it('uses an NCY cost over the need and setting cost, inflated yearly from the seed year and rounded to the penny', () => {
    const inputs: WitanInputs = {
      ...council,
      costs: [...council.costs, { need: 'ASD', setting: 'MSS', ncy: 5, costPence: 12_000_01 }],
    };
    const parameters = estimateParameters(inputs, { ...defaultOptions, costInflation: 0.1 });
    const { space, cellCostPence } = parameters;
    const state = stateOf(space, 'ASD', 'MSS');
    const at = (year: number, ncy: number) =>
      cellCostPence[year * space.cellCount + cellOf(space, ncy, state)];
    expect([at(0, 5), at(1, 5), at(2, 5)]).toEqual([12_000_01, 13_200_01, 14_520_01]);
    expect([at(0, 6), at(2, 6)]).toEqual([8_000_00, 9_680_00]);
  });
  it('costs each setting at its inflated cost in every simulation and year', () => {
    const parameters = estimateParameters(council, { ...defaultOptions, costInflation: 0.03 });
    const simulated = simulate(parameters, simulationStreams(xoroshiro128plus(1)), 0, 10);
    const { layout } = simulated;
    const pupils = layout.group('bySetting');
    const cost = layout.group('costPenceBySetting');
    const perPupil = new Map(council.costs.map((c) => [c.setting, c.costPence]));
    simulated.years.forEach((_, y) => {
      pupils.keys.forEach((setting, i) => {
        if (setting === 'FE') return; // MLD in FE has no cost (as witan.send allows): checked above by cell
        const count = seriesAcrossSimulations(simulated, y, pupils.offset + i);
        const pence = seriesAcrossSimulations(simulated, y, cost.offset + i);
        const each = Math.round(perPupil.get(setting)! * 1.03 ** y);
        count.forEach((n, s) => expect(pence[s]).toBe(n * each));
      });
    });
  });
});

describe('joiner rates: recency weighting and trend (Q5)', () => {
  // One setting, one need; 10, 20 and 40 joiners at NCY 1 in 2015-2017 out of 1,000 children a year.
  const transitions: Transition[] = [2015, 2016, 2017].flatMap((year, i) =>
    Array.from({ length: 10 * 2 ** i }, () => ({
      calendarYear: year,
      ncy1: 0,
      need1: 'NONSEND',
      setting1: 'NONSEND',
      ncy2: 1,
      need2: 'ASD',
      setting2: 'MS',
    })),
  );
  const inputs: WitanInputs = {
    transitions,
    population: [2015, 2016, 2017, 2018, 2019, 2020].flatMap((calendarYear) =>
      [0, 1, 2, 3].map((ncy) => ({ calendarYear, ncy, population: 1000 })),
    ),
    costs: [{ need: 'ASD', setting: 'MS', costPence: 100 }],
    validSettings: [
      {
        setting: 'MS',
        settingGroup: 'Mainstream',
        minNcy: 1,
        maxNcy: 2,
        needs: ['ASD'],
        destinations: ['MS'],
      },
    ],
  };
  it('weights recent years more, keeping the weight of one average year', () => {
    const equal = estimateParameters(inputs, witanOptions).joiner;
    const recent = estimateParameters(inputs, {
      ...witanOptions,
      joinerWeighting: 'recency',
      joinerHalfLife: 1,
    }).joiner;
    const ncy1 = 1 - estimateParameters(inputs, witanOptions).space.ncyMin;
    expect(equal.alpha[ncy1]).toBeCloseTo(70 / 3, 12);
    // Weights 1/4, 1/2, 1 over 7/4: 10/7 + 40/7 + 160/7 joiners and 1000 - that of non-joiners.
    expect(recent.alpha[ncy1]).toBeCloseTo(210 / 7, 12);
    expect(recent.beta[ncy1]).toBeCloseTo(1000 - 210 / 7, 9);
  });
  it('carries the log-linear trend of the joining rate forward, relative to the pooled rate', () => {
    const parameters = estimateParameters(inputs, { ...witanOptions, joinerTrend: 'log-linear' });
    expect(parameters.notes).toEqual([
      'joiner trend: the joining rate changes by 100.0% a year (log-linear fit over 3 transition years)',
    ]);
    // Rates 1%, 2%, 4% (over the two NCYs with valid cells, 2,000 children): fitted 2% at 2016 doubling each
    // year, pooled 70/6000. Census 2019 ends transition year 2018: 8% / (70/6000).
    const factors = parameters.projectionYears.map(
      (_, y) => parameters.adjustments.years[y]!.joinerFactor![0],
    );
    expect(parameters.projectionYears).toEqual([2019, 2020]);
    expect(factors[0]).toBeCloseTo(0.04 / (70 / 6000), 9);
    expect(factors[1]).toBeCloseTo(0.08 / (70 / 6000), 9);
  });
});
