import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { panelArrays } from './panelArrays';
import { chooseSetting, comparableAt, medianApeOf, selectionOrigins } from './settingSelection';

describe('choosing a setting on earlier origins only', () => {
  it('at origin 2022, two years ahead, learns from the last four origins whose outcome was out by 2022', () => {
    expect(selectionOrigins(2022, 2, 2013, () => true)).toEqual([2020, 2019, 2018, 2017]);
    expect(selectionOrigins(2015, 1, 2013, () => true)).toEqual([2014, 2013]);
    expect(selectionOrigins(2022, 1, 2013, (o) => o !== 2020)).toEqual([2021, 2019, 2018, 2017]);
  });

  it('picks the lowest mean median APE over those origins, and never sees a later one', () => {
    // Setting 1 is best on 2017-2020; setting 0 would win on 2021 and 2022, which 2022 cannot see at h = 2.
    const scores: Record<number, number[]> = {
      2017: [5, 4],
      2018: [5, 4],
      2019: [6, 4],
      2020: [5, 5],
      2021: [1, 9],
      2022: [1, 9],
    };
    const score = (s: number, o: number) => scores[o]?.[s] ?? NaN;
    const choice = chooseSetting(
      2,
      selectionOrigins(2022, 2, 2013, () => true),
      score,
    );
    expect(choice).toEqual({ index: 1, score: 4.25, origins: [2020, 2019, 2018, 2017] });
  });

  it('passes over a setting missing at one of the origins, and chooses nothing without origins', () => {
    const score = (s: number, o: number) => (s === 0 && o === 2018 ? NaN : ([3, 4][s] ?? NaN));
    expect(chooseSetting(2, [2019, 2018], score)?.index).toBe(1);
    expect(chooseSetting(2, [], score)).toBeUndefined();
  });

  it('scores the median APE over councils with four known years to the origin and a published outcome', () => {
    const arrays = panelArrays(
      panelOf(member('E', [1, 1, 1, 1, 1]), [
        member('A', [100, 100, 100, 100, 110]),
        member('B', [null, 100, 100, 100, 100]),
        member('C', [100, 100, 100, 100, 120]),
        member('D', [100, 100, 100, 100, null]),
      ]),
    );
    const comparable = comparableAt(arrays, 2013, 4);
    expect(comparable).toEqual([true, false, true, true]);
    // Forecast 100 for each: A 9.09% off, C 16.67% off (B not comparable, D's outcome unknown).
    const apes = [10 / 110, 20 / 120].map((x) => x * 100);
    expect(medianApeOf(arrays, Float64Array.of(100, 100, 100, 100), comparable, 2014)).toBeCloseTo(
      (apes[0]! + apes[1]!) / 2,
      12,
    );
  });
});
