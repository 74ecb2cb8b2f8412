import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FanChart, rangeTicks } from './FanChart.tsx';
import type { Summary } from '../forecasts/queries.ts';

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
  const svg = renderToStaticMarkup(
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

  it('draws three bands, the median and the history', () => {
    expect(svg.match(/<polygon class="fan-band"/g)).toHaveLength(3);
    expect(svg).toContain('class="fan-median"');
    expect(svg).toContain('class="fan-history"');
    for (const name of ['90% interval (p5 to p95)', '80% interval (p10 to p90)', '50% interval (p25 to p75)'])
      expect(svg).toContain(name);
  });

  it('describes every value in words', () => {
    expect(svg).toContain('Known: 2019 1200, 2020 1300, 2021 1400.');
    expect(svg).toContain(
      'Forecast median (90% interval): 2021 1400 (1400 to 1400), 2022 1500 (1450 to 1550), 2023 1600 (1500 to 1700).',
    );
  });

  it('puts the 90% band outside the 50% band: its top is higher on the page in the last year', () => {
    const polygons = [...svg.matchAll(/<polygon class="fan-band" points="([^"]+)"/g)].map((m) =>
      m[1]!.split(' ').map((p) => p.split(',').map(Number)),
    );
    const topAtLastYear = (points: number[][]) => points[2]![1]!;
    expect(topAtLastYear(polygons[0]!)).toBeLessThan(topAtLastYear(polygons[2]!));
  });
});

describe('rangeTicks', () => {
  it('gives round ticks over the range without forcing zero in', () => {
    expect(rangeTicks(1200, 1700)).toEqual([1200, 1300, 1400, 1500, 1600, 1700]);
    expect(rangeTicks(1234, 1290)).toEqual([1220, 1240, 1260, 1280, 1300]);
  });
});
