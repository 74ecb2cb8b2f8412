import { describe, expect, it } from 'vitest';
import { kingstonDeficit } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { deficitChart } from './deficitChart';

const document = chartDocument();

describe('deficitChart', () => {
  const svg = deficitChart(kingstonDeficit, { document });
  const text = (selector: string) => [...svg.querySelectorAll(selector)].map((e) => e.textContent);

  it('names both versions in its title and accessible name', () => {
    const title =
      'Cumulative DSG deficit after DfE contributions by year: agreed profile (Safety Valve agreement, March 2021) against forecast (Latest forecast, May 2021)';
    expect(svg.querySelector('title')?.textContent).toBe(title);
    expect(svg.getAttribute('aria-label')).toBe(title);
  });

  it('describes every point in words (seed 003: £11.6m agreed, £10.9m forecast for 2021-22)', () => {
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Agreed profile, Safety Valve agreement, March 2021: £13.1m at the end of 2020-21 (brought forward), £11.6m at the end of 2021-22. Forecast, Latest forecast, May 2021: £12.4m at the end of 2020-21 (brought forward), £10.9m at the end of 2021-22.',
    );
  });

  it('titles both axes, the value axis with its unit, and writes ticks in £m', () => {
    expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toBe('Cumulative deficit (£m)');
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toBe(
      'Financial year (balance at 31 March)',
    );
    expect(text('[aria-label="y-axis tick label"] text')).toContain('£10m');
    expect(text('[aria-label="x-axis tick label"] text')).toEqual(['2020-21', '2021-22']);
  });

  it('has a legend entry per version, one line solid and one dashed, brought-forward points hollow', () => {
    expect(text('.hn-chart-legend text')).toEqual([
      'Agreed profile: Safety Valve agreement, March 2021',
      'Forecast: Latest forecast, May 2021',
    ]);
    const lines = [...svg.querySelectorAll('[aria-label="line"]')];
    expect(lines).toHaveLength(2);
    expect(lines[0]?.getAttribute('stroke-dasharray')).toBeNull();
    expect(lines[1]?.getAttribute('stroke-dasharray')).toBe('9 5');
    expect(svg.querySelectorAll('[aria-label="dot"][fill="white"] > *')).toHaveLength(2);
  });

  it('prints each value at its point, a value shared by two series once', () => {
    expect(text('[aria-label="text"] text').sort()).toEqual(['£10.9m', '£11.6m', '£12.4m', '£13.1m']);
    const shared = deficitChart(
      {
        series: [
          { role: 'Maximum', name: 'the agreement', points: [{ year: '2021-22', value: 2_860_700_000 }] },
          { role: 'Agreed model', name: 'a', points: [{ year: '2021-22', value: 2_860_700_000 }] },
        ],
      },
      { document },
    );
    expect(shared.outerHTML.match(/>£28\.6m</g)).toHaveLength(1);
  });

  it('takes 0 into the axis and draws a surplus below it', () => {
    const surplus = deficitChart(
      { series: [{ role: 'Forecast', name: 'x', points: [{ year: '2021-22', value: -22_730_000 }] }] },
      { document },
    );
    expect(surplus.outerHTML).toContain('>-£0.2m</text>');
    const ticks = [...surplus.querySelectorAll('[aria-label="y-axis tick label"] text')];
    expect(ticks.at(-1)?.textContent).toMatch(/^£0(\.0+)?m$/);
    expect(ticks[0]?.textContent).toMatch(/^-£0\.\d+m$/);
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/deficitChart.svg');
  });
});
