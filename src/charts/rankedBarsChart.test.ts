import { describe, expect, it } from 'vitest';
import { rankedEveryCouncil, rankedGrowth } from '../testing/chartFixtures';
import { chartDocument, textOf } from '../testing/charts';
import { rankedBarsChart } from './rankedBarsChart';

const document = chartDocument();

describe('rankedBarsChart', () => {
  const svg = rankedBarsChart(rankedGrowth, { document });

  it('ranks and names every council, the council in a bold label and its own dark bar', () => {
    const labels = [...svg.querySelectorAll('.ranked-label text, .ranked-own-label text')].map(textOf);
    expect(labels).toContain('1. Sutton');
    expect(textOf(svg.querySelector('.ranked-own-label text'))).toBe('2. Kingston upon Thames');
    expect(svg.querySelector('.ranked-own-label')?.getAttribute('font-weight')).toBe('bold');
    expect(svg.querySelectorAll('.ranked-own rect')).toHaveLength(1);
  });

  it('names England and the region in the legend with their values, each line dashed its own way', () => {
    const legend = [...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent);
    expect(legend).toEqual([
      'Kingston upon Thames: 9.9%',
      'Other councils',
      'England: 10.8%',
      'Outer London: 10.2%',
    ]);
    const dashes = [...svg.querySelectorAll('[aria-label="rule"][stroke-dasharray]')].map((r) =>
      r.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(2);
  });

  it('draws a fall to the left of zero, and says the standing in words', () => {
    const bromley = svg.querySelector('[aria-label="bar"] rect:last-child');
    const zero = [...svg.querySelectorAll('[aria-label="rule"] line')].find(
      (l) => !l.closest('[stroke-dasharray]'),
    );
    expect(Number(bromley?.getAttribute('x')) + Number(bromley?.getAttribute('width'))).toBeCloseTo(
      Number(zero?.getAttribute('x1')),
      6,
    );
    expect(svg.querySelector('desc')?.textContent).toBe(
      '4 councils ranked highest first. Kingston upon Thames is 2 of 4 at 9.9%. England: 10.8%. Outer London: 10.2%.',
    );
  });

  it('names only the council among 150, with its rank at its bar', () => {
    const all = rankedBarsChart(rankedEveryCouncil, { document });
    expect(all.querySelectorAll('.ranked-label')).toHaveLength(0);
    expect(all.querySelector('.ranked-own-label text')?.textContent).toBe('← 41 of 150');
    expect(all.querySelector('desc')?.textContent).toContain('Kingston upon Thames is 41 of 150 at 14.0%.');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/rankedBarsChart.svg');
  });
});
