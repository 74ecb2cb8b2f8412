import type { PlanVersion, RecoveryPlanDocument } from '../../../core/finance';

const years = ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
const byYear = (pounds: number[]) => Object.fromEntries(years.map((y, i) => [y, (pounds[i] ?? 0) * 100]));

/**
 * A small made-up recovery plan (council 999) for tests: two savings, one pressure, the four fixed
 * rows, a £1,000,000 deficit brought forward that turns into a surplus by Year 5.
 */
export function syntheticRecoveryPlan(): { plan: PlanVersion; doc: RecoveryPlanDocument } {
  const plan: PlanVersion = {
    council: '999',
    version: 'Test recovery plan',
    description: 'Made up for tests.',
    years,
    opening: { cumulativeDeficit: 1_000_000_00, dfeContributionsToDate: 0 },
    lines: [
      {
        id: 'S1',
        kind: 'saving',
        label: 'Review top-up bands.',
        links: { drpRef: 'S1', block: 'High Needs', provisionType: 'All', actionCategory: 'Other' },
        amounts: byYear([10_000, 50_000, 100_000, 150_000, 200_000, 250_000]),
      },
      {
        id: 'S2',
        kind: 'saving',
        label: 'Open a resourced provision.',
        links: {
          drpRef: 'S2',
          block: 'High Needs',
          provisionType: 'Mainstream Schools',
          actionCategory: 'Capital investment in new or expanded special units / resourced provision',
        },
        amounts: byYear([0, 25_000.5, 75_000, 100_000, 100_000, 100_000]),
      },
      {
        id: 'P1',
        kind: 'pressure',
        label: 'Increase in the number of EHC Plans',
        links: {
          drpRef: 'P1',
          block: 'High Needs',
          provisionType: 'All',
          actionCategory: 'Increase in the number of EHC Plans',
        },
        amounts: byYear([200_000, 150_000, 100_000, 50_000, 0, 0]),
      },
      {
        id: 'forecast-overspend',
        kind: 'expenditure',
        label: 'Total DSG forecast overspend',
        links: { drpRow: 'forecastOverspend' },
        amounts: byYear([100_000]),
      },
      {
        id: 'hnb-change',
        kind: 'hnbAllocation',
        label: 'Estimated High Needs Block change (additional grant)',
        links: { drpRow: 'hnbChange' },
        amounts: byYear([0, 100_000, 100_000, 100_000, 100_000, 100_000]),
      },
      {
        id: 'schools-block-transfer',
        kind: 'blockTransfer',
        label: 'Approved transfer of schools block to HN block',
        links: { drpRow: 'schoolsBlockTransfer', block: 'Schools' },
        amounts: byYear([50_000]),
      },
      {
        id: 'other-adjustments',
        kind: 'otherIncome',
        label: 'Other adjustments',
        links: { drpRow: 'otherAdjustments' },
        amounts: byYear([0, 0, 0, 0, 0, -20_000]),
      },
    ],
  };
  const doc: RecoveryPlanDocument = {
    council: '999',
    planVersion: plan.version,
    template: 'dfe-drp-2019',
    localAuthority: 'Testshire',
    localAuthorityNumber: '999',
    schoolsForumAgreement: 'Yes, 1 May 2019',
    schoolsForumLinks: 'https://example.org/forum/minutes',
    narrative: [
      {
        question:
          'What plans have you put in place to reduce the deficit in increments over the next 3 years?',
        answer: 'Two measures.\n\nBoth start  in April.',
        publishedWordCount: 6,
      },
      {
        question:
          'Please provide details of contributions coming from the health and social care budgets towards the cost of high needs provision',
        answer: 'None.',
        publishedWordCount: 1,
      },
    ],
    savingsSummary: [
      { ref: 'S1', text: 'Review top-up bands.' },
      { ref: 'S2', text: 'Open a resourced provision.' },
    ],
    pressuresSummary: [{ ref: 'P1', text: 'Plans grow by 10% a year.' }],
    ehcpTable: [
      { year: 2018, plans: 100, totalHnb: 10_000_000_00, outturn: 10_500_000_00, cumulative: 500_000_00 },
      { year: 2019, plans: 110, totalHnb: 10_200_000_00, outturn: 10_700_000_00, cumulative: 1_000_000_00 },
    ],
    ageBands: [
      { band: 'Under 11', counts: [40, 45], publishedPercent: [40, 41] },
      { band: '11 and over', counts: [60, 65], publishedPercent: [60, 59] },
    ],
  };
  return { plan, doc };
}
