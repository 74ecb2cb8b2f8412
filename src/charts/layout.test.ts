// Every chart, at widths from a phone to a wide screen, with long names: no two tick labels overlap, the
// title and legend stay inside the chart, the axes have titles, and the same data draws the same SVG.
import { describe, expect, it } from 'vitest';
import * as fixtures from '../testing/chartFixtures';
import { chartDocument, overlapping, tickLabelBoxes } from '../testing/charts';
import {
  accuracyChart,
  deficitChart,
  deficitProfileChart,
  ehcpKpiGroups,
  ehcpTargetChart,
  fanChart,
  groupedBarsChart,
  kpiTrendChart,
  rankedBarsChart,
  stackedBarsChart,
  trendChart,
  waterfallChart,
  type ChartOptions,
} from '.';
import { titleSize, textWidth } from './text';

const charts: Record<string, (options: ChartOptions) => SVGSVGElement> = {
  deficit: (o) => deficitChart(fixtures.kingstonDeficit, o),
  profile: (o) =>
    deficitProfileChart(fixtures.kingstonProfile, { ...o, basis: 'before Safety Valve funding' }),
  ehcp: (o) => ehcpTargetChart(ehcpKpiGroups(fixtures.kingstonEhcpKpis)[0]!, o),
  fan: (o) => fanChart(fixtures.simulatedEhcps, o),
  published: (o) => fanChart(fixtures.publishedForecast, o),
  trend: (o) => trendChart(fixtures.trendPerThousand, o),
  kpiTrend: (o) => kpiTrendChart(fixtures.kpiOneTrend, o),
  groupedBars: (o) => groupedBarsChart(fixtures.placementCosts, o),
  rankedBars: (o) => rankedBarsChart(fixtures.rankedGrowth, o),
  everyCouncil: (o) => rankedBarsChart(fixtures.rankedEveryCouncil, o),
  accuracy: (o) => accuracyChart(fixtures.planAccuracy, o),
  waterfall: (o) => waterfallChart(fixtures.costToDeficit, o),
  stackedBars: (o) => stackedBarsChart(fixtures.spendByCategory, o),
};

const widths = [220, 320, 390, 640, 960];
const document = chartDocument();

describe.each(Object.entries(charts))('the %s chart', (_name, draw) => {
  it.each(widths)('at %ipx has no overlapping tick labels on any axis', (width) => {
    const svg = draw({ width, document });
    for (const axis of ['x', 'y', 'fy'] as const) expect(overlapping(tickLabelBoxes(svg, axis))).toEqual([]);
  });

  it.each(widths)('at %ipx keeps its title and legend inside its width', (width) => {
    const svg = draw({ width, document });
    expect(svg.getAttribute('width')).toBe(String(width));
    for (const line of svg.querySelectorAll('.hn-chart-title tspan'))
      expect(textWidth(line.textContent ?? '', titleSize, true)).toBeLessThanOrEqual(width);
    for (const entry of svg.querySelectorAll('.hn-chart-legend > g')) {
      const x = Number(/translate\(([\d.]+)/.exec(entry.getAttribute('transform') ?? '')?.[1]);
      for (const line of entry.querySelectorAll('tspan')) {
        const right = x + Number(line.getAttribute('x')) + textWidth(line.textContent ?? '');
        expect(right).toBeLessThanOrEqual(width);
      }
    }
  });

  it('is an image with a title, a description, axis titles, and no ids', () => {
    const svg = draw({ document });
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(':scope > title')?.textContent ?? '';
    expect(title.length).toBeGreaterThan(10);
    expect(svg.getAttribute('aria-label')).toBe(title);
    expect((svg.querySelector(':scope > desc')?.textContent ?? '').length).toBeGreaterThan(20);
    const lines = [...svg.querySelectorAll('.hn-chart-title tspan')].map((t) => t.textContent);
    expect(lines.join(' ')).toBe(title);
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).not.toBe('');
    expect(svg.querySelector('[id]')).toBeNull();
  });

  it('draws the same SVG from the same data', () => {
    expect(draw({ document }).outerHTML).toBe(draw({ document }).outerHTML);
  });
});
