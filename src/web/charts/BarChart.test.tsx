import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.tsx';
import { formatPounds } from '../ui/format.ts';

// Seed 003 condition 3.5 changes on made-up 2020-21 levels (the demo registers'): each partner's
// contribution in 2021-22 against 2020-21.
const chart = (
  <BarChart
    title="Contributions by partner in 2021-22 against 2020-21"
    categories={["Children's social care", 'Adult social care', "Children's health", 'Adults health']}
    series={[
      { name: '2021-22', values: [85_000_00, 43_000_00, 54_000_00, 91_000_00] },
      { name: '2020-21', values: [196_000_00, 118_000_00, 97_000_00, null] },
    ]}
    format={formatPounds}
  />
);

describe('BarChart', () => {
  const svg = renderToStaticMarkup(chart);

  it('is an image titled for screen readers, with every value in its description', () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Contributions by partner in 2021-22 against 2020-21</title>');
    expect(svg).toContain('Children&#x27;s social care: 2021-22 £85,000, 2020-21 £196,000.');
    expect(svg).toContain('Adults health: 2021-22 £91,000, 2020-21 none.');
  });

  it('draws one bar per value (none for a missing one), the second series hatched, with the value printed', () => {
    expect(svg.match(/<g class="bar">/g)).toHaveLength(7);
    expect(svg.match(/fill="url\(#hatch\)"/g)).toHaveLength(3 + 1); // three bars and the legend key
    expect(svg).toContain('>£196,000</text>');
    expect(svg).toContain('>none</text>');
  });

  it('scales bars to round ticks from £0: the longest (£196,000) reaches £200,000 less 2%', () => {
    // ticks 0..200,000 over x 300..710: £196,000 → 300 + 0.98 × 410 = 701.8
    expect(svg).toMatch(/<rect x="300" y="\d+(\.\d)?" width="401.8"/);
    expect(svg).toContain('>£200,000</text>');
  });
});
