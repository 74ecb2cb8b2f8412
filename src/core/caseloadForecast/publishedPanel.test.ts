import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { latestCensus, publishedAt } from './publishedPanel';

describe('what the June release of an origin published', () => {
  const panel = panelOf(
    member('E', [10, 11, 12, 13], { 2011: { requests: 5, newPlans: 2 }, 2012: { requests: 6, newPlans: 3 } }),
    [member('A', [1, 2, 3, 4], { 2011: { requests: 1, newPlans: 1 }, 2012: { requests: 2, newPlans: 2 } })],
  );

  it('keeps plans to January O and flows to calendar O - 1, and removes the rest', () => {
    const at2012 = publishedAt(panel, 2012);
    expect(at2012.england.years.map((y) => y.year)).toEqual([2010, 2011, 2012]);
    expect(at2012.councils[0]?.flows.map((f) => f.year)).toEqual([2011]);
    expect(latestCensus(at2012)).toBe(2012);
    expect(latestCensus(panel)).toBe(2013);
  });

  it('leaves the panel it was given alone', () => {
    publishedAt(panel, 2010);
    expect(panel.councils[0]?.years).toHaveLength(4);
  });
});
