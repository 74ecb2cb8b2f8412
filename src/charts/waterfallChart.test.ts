import { describe, expect, it } from 'vitest';
import { costToDeficit } from '../testing/chartFixtures';
import { chartDocument, textOf } from '../testing/charts';
import { waterfallBars, waterfallChart } from './waterfallChart';

const document = chartDocument();

describe('waterfallChart', () => {
  it('stands totals on zero and floats each change from where the last bar ended', () => {
    expect(waterfallBars(costToDeficit.steps).map((b) => [b.label, b.from, b.to, b.role])).toEqual([
      ['Unmitigated cost', 0, 6_540_000_000, 'total'],
      ['Savings', 6_540_000_000, 6_020_000_000, 'decrease'],
      ['Mitigated cost', 0, 6_020_000_000, 'total'],
      ['High needs funding', 6_020_000_000, 710_000_000, 'decrease'],
      ['In-year deficit', 0, 710_000_000, 'total'],
    ]);
    expect(waterfallBars([{ label: 'Pressure', kind: 'change', value: 100 }])[0]?.role).toBe('increase');
  });

  const svg = waterfallChart(costToDeficit, { document });

  it('prints totals and signed changes, says each step in words, and names the kinds of bar in a legend', () => {
    const printed = [...svg.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent);
    expect(printed).toEqual(['£65.4m', '-£5.2m', '£60.2m', '-£53.1m', '£7.1m']);
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Unmitigated cost: £65.4m; Savings: -£5.2m, leaving £60.2m; Mitigated cost: £60.2m; High needs funding: -£53.1m, leaving £7.1m; In-year deficit: £7.1m.',
    );
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'Total',
      'Decrease',
    ]);
    expect(textOf(svg.querySelector('[aria-label="y-axis label"] text'))).toBe('High needs cost (£m)');
  });

  it('names every step, turning the names on a phone instead of leaving any out', () => {
    const names = (width: number) => [
      ...waterfallChart(costToDeficit, { document, width }).querySelectorAll(
        '[aria-label="x-axis tick label"] text',
      ),
    ];
    expect(names(640).map(textOf)).toEqual([
      'Unmitigated cost',
      'Savings',
      'Mitigated cost',
      'High needs funding',
      'In-year deficit',
    ]);
    const narrow = names(320);
    expect(narrow).toHaveLength(5);
    expect(narrow[0]?.getAttribute('transform')).toContain('rotate(-45)');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/waterfallChart.svg');
  });
});
