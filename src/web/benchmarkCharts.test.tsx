// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '../testing/mount.tsx';
import { AccuracyChart } from './AccuracyChart.tsx';
import { ForecastFanChart } from './ForecastFanChart.tsx';
import type { AccuracyReview, PublishedForecast } from './nationalApi.ts';
import { RankedBarsChart } from './RankedBarsChart.tsx';
import { TrendChart } from './TrendChart.tsx';

describe('RankedBarsChart', () => {
  const bars = [
    { code: '319', name: 'Sutton', value: 12.1, highlight: false },
    { code: '314', name: 'Kingston upon Thames', value: 9.9, highlight: true },
    { code: '305', name: 'Bromley', value: -1.5, highlight: false },
  ];
  const page = mount(
    <RankedBarsChart
      bars={bars}
      unit="percent"
      references={[{ name: 'England', value: 10.8 }]}
      title="Growth"
      measure="Growth in EHCPs"
    />,
  );
  const svg = page.querySelector('[data-testid="ranked-bars"] svg');

  it('ranks and names every council, the council bold, England in the legend, the measure on the axis', () => {
    expect(svg?.outerHTML).toContain('1. Sutton');
    expect(svg?.querySelector('.ranked-own-label text')?.textContent).toBe('2. Kingston upon Thames');
    expect(svg?.querySelector('.hn-chart-legend')?.textContent).toContain('England: 10.8%');
    expect(svg?.querySelector('desc')?.textContent).toContain('Kingston upon Thames is 2 of 3 at 9.9%.');
    expect(svg?.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('Growth in EHCPs (%)');
  });
});

describe('TrendChart', () => {
  it('draws a line per area with the measure per 1,000 written to one decimal', () => {
    const page = mount(
      <TrendChart
        title="EHCPs per 1,000 over the years"
        unit="perThousand"
        measure="EHCPs per 1,000 of the 2-18 population"
        lines={[
          {
            name: 'Kingston upon Thames',
            highlight: true,
            points: [
              { year: 2021, value: 27.04 },
              { year: 2022, value: 28.1 },
            ],
          },
          {
            name: 'England',
            highlight: false,
            points: [
              { year: 2021, value: 25 },
              { year: 2022, value: 26 },
            ],
          },
        ]}
      />,
    );
    const svg = page.querySelector('[data-testid="trend-chart"] svg');
    expect(svg?.querySelectorAll('[aria-label="line"]')).toHaveLength(2);
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'Kingston upon Thames: 2021 27.0, 2022 28.1. England: 2021 25.0, 2022 26.0.',
    );
  });
});

describe('ForecastFanChart', () => {
  const forecast: PublishedForecast = {
    council: '314',
    name: 'Kingston upon Thames',
    method: 'dampedLogTrend',
    methodLabel: 'Damped trend on log counts',
    origin: 2025,
    source: 'test',
    history: [
      { year: 2024, total: 1782 },
      { year: 2025, total: 1958 },
    ],
    years: [
      {
        year: 2026,
        h: 1,
        total: { forecast: 2122, lo80: 2024, hi80: 2340, lo95: 1921, hi95: 2503 },
        ages: {},
      },
    ],
    calibration: [{ h: 1, n: 1800 }],
  };

  it('names the bands and says every figure in its description', () => {
    const svg = mount(<ForecastFanChart forecast={forecast} />).querySelector(
      '[data-testid="forecast-fan"] svg',
    );
    expect(svg?.getAttribute('aria-label')).toBe(
      'Kingston upon Thames: EHCPs at the January census, published to 2025 and forecast to 2026 with 80% and 95% intervals',
    );
    expect(svg?.querySelector('.hn-chart-legend')?.textContent).toContain('95% interval');
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'Known: 2024 1,782, 2025 1,958. Forecast: 2026 2,122 (95% interval: 1,921 to 2,503).',
    );
  });
});

describe('AccuracyChart', () => {
  it('draws the published census against the plan forecasts', () => {
    const review: AccuracyReview = {
      council: { code: '314', name: 'Kingston upon Thames' },
      publishedSource: 'test',
      published: [
        { year: 2020, plans: 1200 },
        { year: 2021, plans: 1300 },
      ],
      sources: [
        {
          source: 'Deficit recovery plan, June 2019',
          kind: 'recoveryPlan',
          madeAfter: 2019,
          meanApe: null,
          rows: [
            { year: 2021, h: 2, plans: 1331, actual: 1300, difference: 31, percentError: 2.4, detail: '' },
          ],
        },
      ],
    };
    const svg = mount(<AccuracyChart review={review} />).querySelector('[data-testid="accuracy-chart"] svg');
    expect(svg?.outerHTML).toContain('>1,331</text>');
    expect(svg?.querySelector('.hn-chart-legend')?.textContent).toContain(
      'Forecast: Deficit recovery plan, June 2019',
    );
  });
});
