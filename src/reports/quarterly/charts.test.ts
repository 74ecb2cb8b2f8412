import { describe, expect, it } from 'vitest';
import { deficitProfileSvg, ehcpSvgs } from './charts';
import { narrativeHtml, quarterTitle } from './text';
import { millions3 } from './figures';

describe('report charts (SVG drawn by src/charts in jsdom)', () => {
  // Seed 003 condition 2: maximum £28,607,000 in 2021-22, the agreed model the same, the May 2021
  // projection £27,886,000; the 2020-21 figures are made up; 2022-23 is not held.
  const deficitProfile = {
    agreedVersion: 'Safety Valve agreement, March 2021',
    projectionVersion: 'Latest forecast, May 2021',
    points: [
      { year: '2020-21', maximum: null, agreed: 2_512_500_000, projected: 2_440_100_000 },
      { year: '2021-22', maximum: 2_860_700_000, agreed: 2_860_700_000, projected: 2_788_600_000 },
      { year: '2022-23', maximum: null, agreed: null, projected: null },
    ],
  };
  const agreement = { profileBasis: 'before Safety Valve funding' } as Parameters<
    typeof deficitProfileSvg
  >[0]['agreement'];

  it('draws the deficit profile as one standalone SVG with every held figure printed and described', () => {
    const svg = deficitProfileSvg({ deficitProfile, agreement });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('font-family="Liberation Sans, Arial, sans-serif"');
    for (const label of [
      '£28.6m',
      '£27.9m',
      '£25.1m',
      '£24.4m',
      '2020-21',
      '2022-23',
      'Agreed model: Safety Valve agreement, March 2021',
      'Projection: Latest forecast, May 2021',
      'Agreement maximum: the Safety Valve agreement',
      'Cumulative deficit (£m)',
      'Financial year (balance at 31 March)',
    ])
      expect(svg).toContain(label);
    expect(svg).toContain(
      '<desc>Agreed model, Safety Valve agreement, March 2021: £25.1m at the end of 2020-21, £28.6m at the end of 2021-22.',
    );
    // £28.6m is both the maximum and the agreed model in 2021-22: printed once.
    expect(svg.match(/>£28\.6m</g)).toHaveLength(1);
    expect(svg).toMatchSnapshot();
  });

  it('draws EHCPs against target as bars with their figures, escaping names, counts and rates apart', () => {
    const kpi = { annualTarget: null, rag: 'G' as const };
    const svgs = ehcpSvgs([
      {
        ...kpi,
        ref: '1',
        name: 'Actual EHCPs <all>',
        unit: 'count',
        baseline: 1429,
        periodTarget: 1447,
        value: 1447,
      },
      {
        ...kpi,
        ref: '2',
        name: '% increase in EHCPs',
        unit: 'percent',
        baseline: 6.72,
        periodTarget: 1.17,
        value: 1.26,
      },
    ]);
    expect(svgs).toHaveLength(2);
    const [counts, rates] = svgs as [string, string];
    expect(counts).toContain('KPI 1: Actual EHCPs &lt;all&gt;, Green');
    expect(counts).toContain('<title>EHCPs against target</title>');
    for (const label of ['1,429', '1,447']) expect(counts).toContain(`>${label}</text>`);
    expect(rates).toContain('<title>EHCP rates against target</title>');
    expect(rates).toContain('>1.26%</text>');
    expect(rates).toContain('Rate (%)');
    expect(counts).toMatchSnapshot();
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
