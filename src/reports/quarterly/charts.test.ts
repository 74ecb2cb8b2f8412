import { describe, expect, it } from 'vitest';
import { deficitProfileChart, ehcpChart } from './charts';
import { narrativeHtml, quarterTitle } from './text';
import { millions3 } from './figures';

describe('report charts (SVG)', () => {
  const points = [
    { year: '2020-21', maximum: null, agreed: 2_512_500_000, projected: 2_440_100_000 },
    { year: '2021-22', maximum: 2_860_700_000, agreed: 2_860_700_000, projected: 2_788_600_000 },
    { year: '2022-23', maximum: null, agreed: null, projected: null },
  ];

  it('draws the deficit profile with every held figure printed and described', () => {
    const svg = deficitProfileChart(points);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const label of [
      '£28.6m',
      '£27.9m',
      '£25.1m',
      '£24.4m',
      '31 Mar 2021',
      '31 Mar 2023',
      'Agreement maximum',
      'Agreed model',
      'Latest projection',
    ])
      expect(svg).toContain(label);
    expect(svg).toContain(
      '<desc>2020-21: agreement maximum not held, agreed model £25.1m, latest projection £24.4m; 2021-22: agreement maximum £28.6m',
    );
    // Two lines (agreed, projected) of two points each; the maximum has one point, so no line.
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toMatchSnapshot();
  });

  it('draws EHCPs against target as bars with their figures, escaping names', () => {
    const svg = ehcpChart([
      {
        ref: '1',
        name: 'Actual EHCPs <all>',
        unit: 'count',
        baseline: 1429,
        periodTarget: 1447,
        value: 1447,
      },
    ]);
    expect(svg).toContain('KPI 1: Actual EHCPs &lt;all&gt;');
    // Three bars (baseline, target, value) besides the three 12px legend keys.
    expect(svg.match(/<rect [^>]*width="(?!12")/g)).toHaveLength(3);
    for (const label of ['1,429', '1,447']) expect(svg).toContain(`>${label}</text>`);
  });
});

describe('report text', () => {
  it('turns narrative into paragraphs and lists, escaped', () => {
    expect(narrativeHtml('First <b>.\n\n- one\n- two & three\n\nLast')).toBe(
      '<p>First &lt;b&gt;.</p>\n<ul><li>one</li><li>two &amp; three</li></ul>\n<p>Last</p>',
    );
    expect(quarterTitle('2021-22-Q1')).toBe('Quarter One 2021/22');
    expect(quarterTitle('2024-25-Q4')).toBe('Quarter Four 2024/25');
  });

  it('writes £m to three places as the monitoring table does (seed 003)', () => {
    expect(millions3(2_860_700_000)).toBe('28.607');
    expect(millions3(-4_607_100)).toBe('-0.046');
    expect(millions3(-1)).toBe('0.000');
  });
});
