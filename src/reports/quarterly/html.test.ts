import { describe, expect, it } from 'vitest';
import { footerTemplate, quarterlyReportHtml } from './html';
import type { QuarterlyReportData } from './reportData';

const draft: QuarterlyReportData = {
  council: {
    code: '999',
    name: 'Synthetic Borough <test>',
    s151Officer: 'A. Treasurer',
    directorOfChildrensServices: null,
  },
  agreement: {
    name: 'Safety Valve Agreement',
    startYear: '2022-23',
    endYear: '2026-27',
    agreedVersion: null,
    profileBasis: 'before Safety Valve funding',
  },
  return: {
    period: '2022-23-Q3',
    financialYear: '2022-23',
    dataDate: '2022-11-30',
    dateSubmitted: null,
    kpiPeriod: '2022-11',
    projectionVersion: null,
    summary: 'Progress is steady.',
    appendices: [],
    s151SignOff: null,
    dcsSignOff: null,
  },
  status: 'draft',
  statusText: 'draft',
  conditions: [
    {
      number: '2',
      title: 'Deficit profile',
      text: null,
      assurance: null,
      narrative: '',
      savingsAchieved: 5_000_000,
      savingsTarget: null,
      keyKpis: [],
    },
  ],
  summaries: {
    assurance: { Good: 0, Medium: 0, Low: 0, notAssessed: 1 },
    kpiRag: { G: 0, A: 0, R: 0, none: 0 },
  },
  kpis: null,
  kpiProblem: 'Synthetic Borough has no KPIs for 2022-23.',
  monitoring: null,
  monitoringProblem: 'The agreement does not name its agreed plan version.',
  partnerContributions: { rows: [], total: 0 },
  risks: [],
  deficitProfile: { agreedVersion: null, projectionVersion: null, points: [] },
  ehcpChart: [],
};

describe('quarterly report HTML', () => {
  const html = quarterlyReportHtml(draft);

  it('marks a draft and who has yet to sign, escaping names', () => {
    expect(html).toContain('<p class="draft">Draft: this return is not yet signed off by both officers.</p>');
    expect(html).toContain('<i>Not yet signed</i> (A. Treasurer)');
    expect(html).toContain('Synthetic Borough &lt;test&gt; (LA 999)');
    expect(html).toContain('<i>Not yet submitted</i>');
    expect(html).toContain('Quarter Three 2022/23 Summary Update Report');
  });

  it('says why a table is missing instead of printing an empty one', () => {
    expect(html).toContain('The KPI table cannot be shown: Synthetic Borough has no KPIs for 2022-23.');
    expect(html).toContain(
      'The monitoring table cannot be shown: The agreement does not name its agreed plan version.',
    );
    expect(html).toContain('Not assessed');
    expect(html).toContain('<p><i>No progress update recorded.</i></p>');
    expect(html).toContain('Savings achieved: £50k.');
    expect(html).toContain('No risks are recorded in this return.');
    expect(html).not.toContain('EHCPs against target');
  });

  it('numbers every page in the footer', () => {
    expect(footerTemplate(draft)).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });
});
