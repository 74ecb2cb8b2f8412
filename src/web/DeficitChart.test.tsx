// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { kingstonDeficit } from '../testing/chartFixtures';
import { mount } from '../testing/mount.tsx';
import { DeficitChart, type ChartSeries } from './DeficitChart.tsx';

// Seed 003 (see chartFixtures): the agreement's 2021-22 cumulative deficit after Safety Valve £11,607,000
// against the May 2021 projection's £10,886,000.
const kingston: ChartSeries[] = kingstonDeficit.series.map((s) => ({
  ...s,
  points: s.points.map((p) => ({ year: p.year, value: p.value, broughtForward: p.broughtForward ?? false })),
}));

describe('DeficitChart', () => {
  it('draws the deficit chart of src/charts with both versions and the caption', () => {
    const page = mount(<DeficitChart series={kingston} />);
    const svg = page.querySelector('figure.chart svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Cumulative DSG deficit after DfE contributions by year: agreed profile (Safety Valve agreement, March 2021) against forecast (Latest forecast, May 2021)',
    );
    expect(svg?.querySelector('desc')?.textContent).toContain('£11.6m at the end of 2021-22');
    expect(page.querySelector('figcaption')?.textContent).toContain(
      'Hollow markers are the balance brought forward',
    );
  });

  it('takes its own subject and caption', () => {
    const page = mount(<DeficitChart series={kingston} subject="In-year deficit" caption="In-year." />);
    expect(page.querySelector('svg')?.getAttribute('aria-label')).toMatch(/^In-year deficit by year:/);
    expect(page.querySelector('figcaption')?.textContent).toBe('In-year.');
  });
});
