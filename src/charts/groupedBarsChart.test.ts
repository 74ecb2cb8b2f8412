import { describe, expect, it } from 'vitest';
import { placementCosts } from '../testing/chartFixtures';
import { chartDocument, textOf } from '../testing/charts';
import { groupedBarsChart } from './groupedBarsChart';
import { categoryColours } from './palette';
import { pounds } from './units';

const document = chartDocument();

describe('groupedBarsChart', () => {
  const svg = groupedBarsChart(placementCosts, { document });

  it('draws a bar per held value, the series in colours of different lightness, "none" for a missing one', () => {
    const bars = [...svg.querySelectorAll('[aria-label="bar"] rect')];
    expect(bars).toHaveLength(11);
    expect(new Set(bars.map((b) => b.getAttribute('fill')))).toEqual(new Set(categoryColours.slice(0, 2)));
    expect(svg.outerHTML).toContain('>none</text>');
    expect(svg.outerHTML).toContain('>£59,100</text>');
  });

  it('wraps long category names rather than cutting or overlapping them', () => {
    const labels = [...svg.querySelectorAll('[aria-label="fy-axis tick label"] text')];
    expect(labels.map(textOf)).toContain('Mainstream schools and academies (top-up funding)');
    expect(labels.some((l) => l.querySelectorAll('tspan').length > 1)).toBe(true);
  });

  it('has a legend for two series and none for one, an axis title with the unit, and a description', () => {
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'As at 31 March 2022',
      'As at 31 March 2021',
    ]);
    const single = groupedBarsChart(
      { ...placementCosts, series: placementCosts.series.slice(0, 1) },
      { document },
    );
    expect(single.querySelector('.hn-chart-legend')).toBeNull();
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('Average annual cost (£)');
    expect(svg.querySelector('desc')?.textContent).toContain(
      'Alternative provision and pupil referral units: As at 31 March 2022 none, As at 31 March 2021 £21,000.',
    );
  });

  it('draws a fall left of zero with its value on the left', () => {
    const fall = groupedBarsChart(
      {
        title: 'Contributions by partner',
        categories: ['Health'],
        series: [{ name: '2021-22', values: [-5_400_000] }],
        unit: pounds,
        valueTitle: 'Change',
      },
      { document },
    );
    const bar = fall.querySelector('[aria-label="bar"] rect');
    const zero = fall.querySelector('[aria-label="rule"] line');
    expect(Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'))).toBeCloseTo(
      Number(zero?.getAttribute('x1')),
      6,
    );
    expect(
      fall.querySelector('[aria-label="text"] [text-anchor="end"], [aria-label="text"][text-anchor="end"]')
        ?.textContent,
    ).toBe('-£54,000');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/groupedBarsChart.svg');
  });
});
