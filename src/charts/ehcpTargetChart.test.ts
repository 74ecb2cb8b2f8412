import { describe, expect, it } from 'vitest';
import { kingstonEhcpKpis } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { ehcpKpiGroups, ehcpTargetChart } from './ehcpTargetChart';

const document = chartDocument();

describe('ehcpTargetChart (seed 003 KPIs at May 2021)', () => {
  it('puts counts and rates in separate charts, since they cannot share an axis, and leaves out KPIs with no figures', () => {
    const groups = ehcpKpiGroups([
      ...kingstonEhcpKpis,
      { ref: '9', name: 'Nothing yet', unit: 'count', baseline: null, periodTarget: null, value: null },
    ]);
    expect(groups.map((g) => g.map((k) => k.ref))).toEqual([['1', '3'], ['2']]);
  });

  const [counts, rates] = ehcpKpiGroups(kingstonEhcpKpis).map((group) =>
    ehcpTargetChart(group, { document }),
  );

  it('draws baseline, target and actual for each KPI, with the RAG written beside its name', () => {
    expect(counts?.getAttribute('aria-label')).toBe('EHCPs against target');
    expect(counts?.querySelector('[aria-label="fy-axis tick label"]')?.textContent).toContain(
      'KPI 1: Actual EHCPs, Green',
    );
    expect(counts?.querySelector('desc')?.textContent).toContain(
      'KPI 1: Actual EHCPs, Green: Baseline 1,429, Target for the period 1,447, Actual or projected 1,447.',
    );
    expect([...(counts?.querySelectorAll('.hn-chart-legend text') ?? [])].map((t) => t.textContent)).toEqual([
      'Baseline',
      'Target for the period',
      'Actual or projected',
    ]);
    expect(counts?.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('EHCPs');
  });

  it('writes rates as percentages on a rate axis', () => {
    expect(rates?.getAttribute('aria-label')).toBe('EHCP rates against target');
    expect(rates?.querySelector('[aria-label="x-axis label"]')?.textContent).toBe('Rate (%)');
    expect(rates?.outerHTML).toContain('>6.72%</text>');
    expect(rates?.outerHTML).toContain('>1.26%</text>');
  });

  it('says "not rated" for a KPI without a RAG, and "none" for a missing figure', () => {
    const svg = ehcpTargetChart(
      [
        {
          ref: '4',
          name: 'Plans issued',
          unit: 'count',
          baseline: 10,
          periodTarget: null,
          value: 12,
          rag: null,
        },
      ],
      { document },
    );
    expect(svg.outerHTML).toContain('KPI 4: Plans issued, not rated');
    expect(svg.outerHTML).toContain('>none</text>');
  });

  it('matches its SVG snapshot', async () => {
    await expect(counts?.outerHTML).toMatchFileSnapshot('./__snapshots__/ehcpTargetChart.svg');
  });
});
