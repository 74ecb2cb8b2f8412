import { describe, expect, it } from 'vitest';
import { kpiOneTrend } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { kpiTrendChart } from './kpiTrendChart';

const document = chartDocument();

describe('kpiTrendChart (seed 003 KPI 1)', () => {
  const svg = kpiTrendChart(kpiOneTrend, { document, width: 260 });

  it('says every point in words: value against target', () => {
    expect(svg.getAttribute('aria-label')).toBe('Trend of KPI 1, Actual EHCPs');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'baseline 31 March 2021: 1,429; May 2021: 1,447 against a target of 1,447; June 2021: 1,470 against a target of 1,456; July 2021: no value against a target of 1,465.',
    );
  });

  it('draws the value solid with circles and the target dashed with squares, named in a legend', () => {
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'Value',
      'Target',
    ]);
    const [value, target] = [...svg.querySelectorAll('[aria-label="line"]')];
    expect(value?.getAttribute('stroke-dasharray')).toBeNull();
    expect(target?.getAttribute('stroke-dasharray')).not.toBeNull();
  });

  it('writes percentages for a percentage KPI', () => {
    const rate = kpiTrendChart(
      {
        ref: '2',
        name: '% increase in EHCPs',
        unit: 'percent',
        decimals: 2,
        points: [{ label: 'May 2021', value: 1.26, target: 1.17 }],
      },
      { document },
    );
    expect(rate.querySelector('desc')?.textContent).toBe('May 2021: 1.26% against a target of 1.17%.');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/kpiTrendChart.svg');
  });
});
