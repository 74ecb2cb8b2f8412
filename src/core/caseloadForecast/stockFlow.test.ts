import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { panelArrays } from './panelArrays';
import { publishedAt } from './publishedPanel';
import { conversionRate, outflowRate, stockFlow } from './stockFlow';

// Worked by hand, origin January 2016. England: 1,000 plans in January 2015, 1,100 in 2016; 180 new
// plans in 2015 (so 8% of plans ended: (1,000 + 180 - 1,100) / 1,000); 300 requests in 2014 became the
// 180 new plans of 2015 (conversion 0.6). Council A: 100 then 110 plans, 20 new plans in 2015 (10%
// ended), 40 requests in 2014 (conversion 0.5) and 50 in 2015. New plans of calendar 2016 are published
// in June 2017, after the origin: A's 999 must never be used.
const panel = panelOf(
  member('E', [1000, 1100, 1300], { 2014: { requests: 300 }, 2015: { requests: 400, newPlans: 180 } }, 2015),
  [
    member(
      'A',
      [100, 110, 140],
      { 2014: { requests: 40 }, 2015: { requests: 50, newPlans: 20 }, 2016: { newPlans: 999 } },
      2015,
    ),
  ],
);

describe('stock-flow', () => {
  const arrays = panelArrays(publishedAt(panel, 2016));
  const a = arrays.councils[0];

  it("reads the council's and England's outflow and conversion rates from what is published", () => {
    if (!a) throw new Error('no council');
    expect(outflowRate(a, arrays.first, 2016, 1)).toBeCloseTo(0.1, 12);
    expect(outflowRate(arrays.england, arrays.first, 2016, 1)).toBeCloseTo(0.08, 12);
    expect(conversionRate(a, arrays.first, 2016, 1)).toBeCloseTo(0.5, 12);
    expect(conversionRate(arrays.england, arrays.first, 2016, 1)).toBeCloseTo(0.6, 12);
  });

  it("a = 0.5, b = 0: 110 x (1 - 0.09) + England's 0.6 x A's 50 requests = 130.1 for January 2017", () => {
    expect(stockFlow(arrays, 2016, 1, { k: 1, a: 0.5, b: 0, kn: 1 })[0]).toBeCloseTo(130.1, 9);
  });

  it("the next year adds England's growth (1,100 / 1,000): 130.1 x 1.1 = 143.11", () => {
    expect(stockFlow(arrays, 2016, 2, { k: 1, a: 0.5, b: 0, kn: 1 })[0]).toBeCloseTo(143.11, 9);
  });

  it("b = 1 uses A's own conversion: 110 x 0.9 + 0.5 x 50 = 124 (a = 1)", () => {
    expect(stockFlow(arrays, 2016, 1, { k: 1, a: 1, b: 1, kn: 1 })[0]).toBeCloseTo(124, 9);
  });

  it('gives the same from the whole panel: new plans of calendar 2016 (published 2017) are not read', () => {
    const all = panelArrays(panel);
    expect(stockFlow(all, 2016, 1, { k: 1, a: 0.5, b: 0, kn: 1 })[0]).toBe(
      stockFlow(arrays, 2016, 1, { k: 1, a: 0.5, b: 0, kn: 1 })[0],
    );
  });
});
