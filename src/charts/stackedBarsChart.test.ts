import { describe, expect, it } from 'vitest';
import { spendByCategory } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { categoryColours } from './palette';
import { stackedBarsChart } from './stackedBarsChart';

const document = chartDocument();

describe('stackedBarsChart', () => {
  const svg = stackedBarsChart(spendByCategory, { document });

  it('stacks a segment per held value in the legend order, the year total above each bar', () => {
    const segments = [...svg.querySelectorAll('[aria-label="bar"] rect')];
    expect(segments).toHaveLength(15);
    expect(segments.map((s) => s.getAttribute('fill')).slice(0, 4)).toEqual(
      Array(4).fill(categoryColours[0]),
    );
    expect([...svg.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual(
      spendByCategory.categories.map((c) => c.name),
    );
    const texts = [...svg.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent);
    for (const total of ['£27.0m', '£29.7m', '£31.6m', '£35.8m']) expect(texts).toContain(total);
  });

  it('prints a segment amount inside it only where it fits (not in the thin post-16 segments)', () => {
    const texts = [...svg.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent);
    expect(texts).toContain('£12.0m');
    expect(texts).not.toContain('£1.0m');
    expect(texts).not.toContain('£1.5m');
  });

  it('describes each year, with the category missing a year left out of it', () => {
    expect(svg.querySelector('desc')?.textContent).toContain(
      '2021-22: Maintained special schools £14.5m, Independent special schools £11.5m, Mainstream top-ups £5.6m; total £31.6m.',
    );
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/stackedBarsChart.svg');
  });
});
