import { describe, expect, it } from 'vitest';
import { publishedForecast, simulatedEhcps } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { fanChart } from './fanChart';
import { bandColours } from './palette';

const document = chartDocument();

describe('fanChart', () => {
  const svg = fanChart(simulatedEhcps, { document });

  it('draws a band per interval, lightest (widest) first, then the median and the known line', () => {
    const bands = [...svg.querySelectorAll('g.fan-band')];
    expect(bands.map((b) => b.getAttribute('fill'))).toEqual([...bandColours]);
    expect(svg.querySelectorAll('g.fan-median')).toHaveLength(1);
    expect(svg.querySelectorAll('g.fan-history')).toHaveLength(1);
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'Known',
      'Median',
      '90% interval (p5 to p95)',
      '80% interval (p10 to p90)',
      '50% interval (p25 to p75)',
    ]);
  });

  it('says what it shows in its title and every value in its description', () => {
    expect(svg.getAttribute('aria-label')).toBe(
      'EHCPs by January census: known to 2021, then the forecast median with 90%, 80% and 50% intervals',
    );
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Known: 2019 1,200, 2020 1,300, 2021 1,400. Median: 2021 1,400 (90% interval (p5 to p95): 1,400 to 1,400), 2022 1,500 (90% interval (p5 to p95): 1,450 to 1,550), 2023 1,600 (90% interval (p5 to p95): 1,500 to 1,700).',
    );
    expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toBe('EHCPs');
  });

  it('does not force 0 into the axis unless asked, and a published forecast starts from the last census', () => {
    const ticks = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(ticks[0]).toBe('1,200');
    const published = fanChart(publishedForecast, { document });
    const from = [...published.querySelectorAll('[aria-label="y-axis tick label"] text')][0]?.textContent;
    expect(from).toBe('0');
    expect(published.getAttribute('aria-label')).toBe(
      'EHCPs by January census: known to 2025, then the forecast with 95% and 80% intervals',
    );
    // The forecast line runs from the 2025 census: three points, not two.
    const median = published.querySelector('g.fan-median path')?.getAttribute('d') ?? '';
    expect(median.match(/[ML]/g)).toHaveLength(3);
  });

  it('matches its SVG snapshots', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/fanChart.svg');
    await expect(fanChart(publishedForecast, { document }).outerHTML).toMatchFileSnapshot(
      './__snapshots__/fanChart-published.svg',
    );
  });
});
