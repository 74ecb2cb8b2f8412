// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '../testing/mount.tsx';
import { FanChart } from './FanChart.tsx';
import type { Summary } from './forecastsApi.ts';

const s = (median: number, spread: number): Summary => ({
  mean: median,
  sd: spread / 3,
  p5: median - spread,
  p10: median - 0.8 * spread,
  p25: median - 0.4 * spread,
  median,
  p75: median + 0.4 * spread,
  p90: median + 0.8 * spread,
  p95: median + spread,
});

describe('FanChart', () => {
  const page = mount(
    <FanChart
      measure="EHCPs"
      history={[
        { year: 2019, value: 1200 },
        { year: 2020, value: 1300 },
        { year: 2021, value: 1400 },
      ]}
      projection={[
        { year: 2021, summary: s(1400, 0) },
        { year: 2022, summary: s(1500, 50) },
        { year: 2023, summary: s(1600, 100) },
      ]}
      format={(v) => v.toFixed(0)}
    />,
  );
  const svg = page.querySelector('figure.fan-chart svg[role="img"]');

  it('draws three bands from the p5-p95, p10-p90 and p25-p75 of each year, the median and the history', () => {
    expect(svg?.querySelectorAll('g.fan-band')).toHaveLength(3);
    expect(svg?.querySelectorAll('g.fan-median')).toHaveLength(1);
    expect(svg?.querySelectorAll('g.fan-history')).toHaveLength(1);
    expect(svg?.getAttribute('aria-label')).toBe(
      'EHCPs by January census: known to 2021, then the forecast median with 50%, 80% and 90% intervals',
    );
  });

  it('describes every value in words with the page’s own format', () => {
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'Known: 2019 1200, 2020 1300, 2021 1400. Median: 2021 1400 (90% interval (p5 to p95): 1400 to 1400), 2022 1500 (90% interval (p5 to p95): 1450 to 1550), 2023 1600 (90% interval (p5 to p95): 1500 to 1700).',
    );
  });
});
