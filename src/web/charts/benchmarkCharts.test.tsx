import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ForecastFanChart } from './ForecastFanChart.tsx';
import type { PublishedForecast } from '../benchmarking/queries.ts';
import { RankedBarsChart } from './RankedBarsChart.tsx';

describe('RankedBarsChart', () => {
  const bars = [
    { code: '319', name: 'Sutton', value: 12.1, highlight: false },
    { code: '314', name: 'Kingston upon Thames', value: 9.9, highlight: true },
    { code: '305', name: 'Bromley', value: -1.5, highlight: false },
  ];
  const svg = renderToStaticMarkup(
    <RankedBarsChart
      bars={bars}
      unit="percent"
      references={[{ name: 'England', value: 10.8 }]}
      title="Growth"
    />,
  );

  it('ranks and names every council, the council in bold and marked, the reference line named', () => {
    expect(svg).toContain('1. Sutton');
    expect(svg).toMatch(/data-council="314" data-highlight="true"/);
    expect(svg).toMatch(/font-weight="700">2\. Kingston upon Thames</);
    expect(svg).toContain('England 10.8%');
    expect(svg).toContain('Kingston upon Thames is 2 of 3 at 9.9%.');
  });

  it('draws a fall to the left of zero', () => {
    const zero = /<line x1="([\d.]+)"[^>]*><\/line><text[^>]*>0\.0%<\/text>/.exec(svg)?.[1];
    const bromley = /data-council="305"><rect x="([\d.]+)"[^>]*width="([\d.]+)"/.exec(svg);
    expect(Number(bromley?.[1]) + Number(bromley?.[2])).toBeCloseTo(Number(zero), 6);
  });
});

describe('ForecastFanChart', () => {
  const noAges = { under5: null, '5to10': null, '11to15': null, '16to19': null, '20to25': null };
  const forecast: PublishedForecast = {
    council: '314',
    name: 'Kingston upon Thames',
    method: 'dampedLogTrend',
    methodLabel: 'Damped trend on log counts',
    origin: 2025,
    source: 'test',
    history: [
      { year: 2024, total: 1782, ages: noAges },
      { year: 2025, total: 1958, ages: noAges },
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
  const svg = renderToStaticMarkup(<ForecastFanChart forecast={forecast} />);

  it('names the bands and says every figure in its description', () => {
    expect(svg).toContain('80% interval');
    expect(svg).toContain('95% interval');
    expect(svg).toContain(
      'Published: 2024 1,782, 2025 1,958. Forecast: 2026 2,122 (80%: 2,024 to 2,340; 95%: 1,921 to 2,503).',
    );
  });
});
