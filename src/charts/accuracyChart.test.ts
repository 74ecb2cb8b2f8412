import { describe, expect, it } from 'vitest';
import { planAccuracy } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { accuracyChart } from './accuracyChart';

describe('accuracyChart', () => {
  const svg = accuracyChart(planAccuracy, { document: chartDocument() });

  it('draws the published census and each plan forecast from the year the plan was made', () => {
    expect(svg.getAttribute('aria-label')).toBe(
      'Kingston upon Thames: EHCPs forecast in its plans against the published January census',
    );
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'Published (January census)',
      'Forecast: Deficit recovery plan, June 2019',
    ]);
    const years = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(years).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('prints and describes every figure (the 2019 plan forecast 1,331 for January 2021)', () => {
    expect(svg.outerHTML).toContain('>1,331</text>');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Published (January census): 2019 1,220, 2020 1,340, 2021 1,460, 2022 1,580. Forecast: Deficit recovery plan, June 2019: 2020 1,250, 2021 1,331, 2022 1,400.',
    );
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/accuracyChart.svg');
  });
});
