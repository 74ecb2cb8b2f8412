// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '../testing/mount.tsx';
import { EhcpChart } from './EhcpChart.tsx';
import type { DashboardKpi } from './kpiApi.ts';
import { KpiTrend } from './KpiTrend.tsx';

// Seed 003 KPI 1: baseline 1,429 at 31 March 2021; May 2021 1,447 against a target of 1,447.
const kpiOne = {
  ref: '1',
  name: 'Actual EHCPs',
  unit: 'count',
  decimals: 0,
  baseline: 1429,
  baselineDate: '2021-03-31',
  history: [
    {
      period: '2021-05',
      periodTarget: 1447,
      value: 1447,
      rag: 'G',
      display: { periodTarget: '1,447', value: '1,447' },
    },
  ],
} as unknown as DashboardKpi;

describe('KpiTrend', () => {
  it('draws the KPI trend and says its points in words, as the KPI page reads them', () => {
    const page = mount(<KpiTrend kpi={kpiOne} />);
    const svg = page.querySelector('figure.kpi-trend svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe('Trend of KPI 1, Actual EHCPs');
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'baseline 31 March 2021: 1,429; May 2021: 1,447 against a target of 1,447.',
    );
    expect(page.querySelector('figcaption')?.textContent).toBe(
      'From baseline 31 March 2021 to May 2021. Line: value; square: target.',
    );
  });

  it('says so when there is nothing to draw', () => {
    const page = mount(<KpiTrend kpi={{ ...kpiOne, baseline: null, history: [] }} />);
    expect(page.textContent).toBe('No figures to draw a trend yet.');
  });
});

describe('EhcpChart', () => {
  it('draws counts and rates as separate charts, RAG in words', () => {
    const page = mount(
      <EhcpChart
        kpis={[
          {
            ref: '1',
            name: 'Actual EHCPs',
            unit: 'count',
            baseline: 1429,
            annualTarget: 1537,
            periodTarget: 1447,
            value: 1447,
            rag: 'G',
          },
          {
            ref: '2',
            name: '% increase in EHCPs',
            unit: 'percent',
            baseline: 6.72,
            annualTarget: 7.5,
            periodTarget: 1.17,
            value: 1.26,
            rag: 'A',
          },
        ]}
      />,
    );
    const charts = [...page.querySelectorAll('svg[role="img"]')];
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'EHCPs against target',
      'EHCP rates against target',
    ]);
    expect(charts[0]?.outerHTML).toContain('KPI 1: Actual EHCPs, Green');
    expect(mount(<EhcpChart kpis={[]} />).textContent).toBe('No EHCP figures are held for this return.');
  });
});
