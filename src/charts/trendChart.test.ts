import { describe, expect, it } from 'vitest';
import { trendPerThousand } from '../testing/chartFixtures';
import { chartDocument, textOf } from '../testing/charts';
import { trendChart } from './trendChart';

const document = chartDocument();

describe('trendChart', () => {
  const svg = trendChart(trendPerThousand, { document });

  it('puts the council first in the legend, drawn thickest', () => {
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'Kingston upon Thames',
      'England',
      'Statistical neighbours (average of ten councils)',
    ]);
    const lines = [...svg.querySelectorAll('[aria-label="line"]')];
    expect(lines[0]?.getAttribute('stroke-width')).toBe('4');
    expect(lines[1]?.getAttribute('stroke-width')).toBe('2.5');
  });

  it('titles the value axis with the measure, not repeating its unit', () => {
    expect(textOf(svg.querySelector('[aria-label="y-axis label"] text'))).toBe(
      'EHCPs per 1,000 of the 2-18 population',
    );
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('January census');
  });

  it('labels every census when there is room and every second or third on a phone', () => {
    const years = (width: number) =>
      [
        ...trendChart(trendPerThousand, { document, width }).querySelectorAll(
          '[aria-label="x-axis tick label"] text',
        ),
      ].map((t) => t.textContent);
    expect(years(960)).toHaveLength(11);
    const narrow = years(320);
    expect(narrow.length).toBeLessThan(11);
    expect(narrow.at(-1)).toBe('2025');
  });

  it('describes every value', () => {
    expect(svg.querySelector('desc')?.textContent).toContain('Kingston upon Thames: 2015 22.0, 2016 23.3,');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/trendChart.svg');
  });
});
