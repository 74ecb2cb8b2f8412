import { describe, expect, it } from 'vitest';
import type { CouncilBacktest } from './backtestCouncil';
import { chooseMethod, skillAt, withChosen } from './methodSelection';
import type { BacktestScorecard, HorizonScore } from './scorecard';

// Scorecards reduced to what the choice reads: each method's median APE at one horizon.
function card(origin: number, apes: Record<string, number>): BacktestScorecard {
  const score = (medianApe: number): HorizonScore => ({
    h: 1,
    year: origin + 1,
    n: 100,
    medianApe,
    meanApe: medianApe,
    bias: 0,
    medianSignedError: 0,
    coverage80: null,
    coverage95: null,
    width80: null,
  });
  return {
    origin,
    horizon: 1,
    series: 'total',
    councils: 100,
    skipped: [],
    methods: Object.entries(apes).map(([name, ape]) => ({
      name,
      label: name,
      kind: ['lastValue', 'lastGrowth', 'averageGrowth3', 'linearTrend'].includes(name)
        ? 'baseline'
        : 'model',
      horizons: [score(ape)],
    })),
  };
}
const naive = { lastValue: 9, lastGrowth: 4, averageGrowth3: 5, linearTrend: 6 };

describe('choosing the method on earlier origins only', () => {
  it("measures skill against the best naive baseline at the same origin: 3% against lastGrowth's 4% is 0.75", () => {
    expect(skillAt(card(2019, { ...naive, ensemble: 3 }), 'ensemble', 1)).toBe(0.75);
  });

  it('picks the lowest mean skill over the last four origins, never a later one', () => {
    const cards = new Map<number, BacktestScorecard>([
      [2017, card(2017, { ...naive, ensemble: 3, dampedLogTrend: 3.6 })],
      [2018, card(2018, { ...naive, ensemble: 3, dampedLogTrend: 3.6 })],
      [2019, card(2019, { ...naive, ensemble: 3.2, dampedLogTrend: 3.6 })],
      [2020, card(2020, { ...naive, ensemble: 3, dampedLogTrend: 3.6 })],
      // A later origin where the damped trend shines: an origin of 2021 must not see it.
      [2021, card(2021, { ...naive, ensemble: 3, dampedLogTrend: 0.5 })],
    ]);
    const choice = chooseMethod(cards, 2021, 1, 2013);
    expect(choice).toMatchObject({ method: 'ensemble', origins: [2020, 2019, 2018, 2017], scoredAt: 1 });
    expect(choice?.skill).toBeCloseTo((0.75 + 0.8 + 0.75 + 0.75) / 4, 12);
    expect(chooseMethod(cards, 2022, 1, 2013)?.method).toBe('dampedLogTrend');
  });

  it('counts a method scored at half the origins or more, on those it was scored at; a ruler can win', () => {
    const cards = new Map<number, BacktestScorecard>([
      [2015, card(2015, { ...naive })],
      [2016, card(2016, { ...naive, ensemble: 2 })],
      [2017, card(2017, { ...naive, ensemble: 2 })],
      [2018, card(2018, { ...naive, dampedLogTrend: 1 })],
    ]);
    // The ensemble: 2 of 4 origins, skill 0.5; the damped trend: 1 of 4, not enough.
    expect(chooseMethod(cards, 2019, 1, 2013)).toMatchObject({ method: 'ensemble', skill: 0.5 });
    const onlyNaive = new Map([[2015, card(2015, naive)]]);
    expect(chooseMethod(onlyNaive, 2016, 1, 2013)?.method).toBe('lastGrowth');
    expect(chooseMethod(onlyNaive, 2015, 1, 2013)).toBeUndefined();
  });

  it("adds the chosen method's forecasts as method 'chosen'", () => {
    const results: CouncilBacktest[] = [
      {
        council: 'A',
        name: 'A',
        skipped: [],
        points: [
          { method: 'ensemble', series: 'total', origin: 2021, h: 1, year: 2022, forecast: 10, actual: 11 },
          { method: 'lastGrowth', series: 'total', origin: 2021, h: 1, year: 2022, forecast: 12, actual: 11 },
        ],
      },
    ];
    const out = withChosen(results, [
      { origin: 2021, h: 1, method: 'ensemble', skill: 0.8, origins: [2020], scoredAt: 1 },
    ]);
    expect(out[0]?.points.filter((p) => p.method === 'chosen')).toEqual([
      {
        method: 'chosen',
        series: 'total',
        origin: 2021,
        h: 1,
        year: 2022,
        forecast: 10,
        actual: 11,
        chosenFrom: 'ensemble',
      },
    ]);
  });
});
