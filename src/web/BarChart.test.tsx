// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '../testing/mount.tsx';
import { BarChart } from './BarChart.tsx';
import { formatPounds } from './format.ts';

// Seed 003 condition 3.5 changes on made-up 2020-21 levels (the demo registers'): each partner's
// contribution in 2021-22 against 2020-21.
describe('BarChart', () => {
  const page = mount(
    <BarChart
      title="Contributions by partner in 2021-22 against 2020-21"
      categories={["Children's social care", 'Adult social care', "Children's health", 'Adults health']}
      series={[
        { name: '2021-22', values: [85_000_00, 43_000_00, 54_000_00, 91_000_00] },
        { name: '2020-21', values: [196_000_00, 118_000_00, 97_000_00, null] },
      ]}
      format={formatPounds}
      valueTitle="Contribution (£)"
    />,
  );
  const svg = page.querySelector('figure.bar-chart svg[role="img"]');

  it('is an image titled for screen readers, with every value in its description', () => {
    expect(svg?.querySelector('title')?.textContent).toBe(
      'Contributions by partner in 2021-22 against 2020-21',
    );
    expect(svg?.querySelector('desc')?.textContent).toContain(
      "Children's social care: 2021-22 £85,000, 2020-21 £196,000.",
    );
    expect(svg?.querySelector('desc')?.textContent).toContain(
      'Adults health: 2021-22 £91,000, 2020-21 none.',
    );
  });

  it('draws one bar per value (none for a missing one), the value printed, the axis titled with its unit', () => {
    expect(svg?.querySelectorAll('[aria-label="bar"] rect')).toHaveLength(7);
    expect(svg?.outerHTML).toContain('>£196,000</text>');
    expect(svg?.outerHTML).toContain('>none</text>');
    expect(svg?.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('Contribution (£)');
  });
});
