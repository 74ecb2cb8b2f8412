import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { reconcilePanel } from './panelFindings';

// The traps of the real releases, in miniature: the 2025 release gives Yorkshire and The Humber's 2022
// total of new plans (6,078) as each of its 15 councils' figure; Newham's caseload falls from 2,705 to
// 1,199 in a year; North Northamptonshire (940) was created in April 2021.
const plans = [1000, 1100, 1200];
const panel = panelOf(
  member('E', plans),
  [
    member('A', plans, { 2022: { newPlans: 6078, requests: 900 } }, 2020, 'R'),
    member('B', plans, { 2022: { newPlans: 6078 } }, 2020, 'R'),
    member('C', plans, { 2022: { newPlans: 150 } }, 2020, 'R'),
    member('N', [2500, 2705, 1199], {}, 2023, 'Q'),
    member('940', [2842, 3000, 3200], {}, 2022, 'Q'),
  ],
  [member('R', plans, { 2022: { newPlans: 6078 } }, 2020), member('Q', plans, {}, 2020)],
);
const { panel: clean, findings } = reconcilePanel(panel);

describe('reconciling the published panel', () => {
  it("reads a region's total given as its councils' figure as unknown, and says so", () => {
    const newPlans = (i: number) => clean.councils[i]?.flows.find((f) => f.year === 2022)?.newPlans;
    expect([newPlans(0), newPlans(1), newPlans(2)]).toEqual([null, null, 150]);
    expect(clean.councils[0]?.flows[0]?.requests).toBe(900);
    const regional = findings.filter((f) => f.kind === 'regionalTotalInCouncilRows');
    expect(regional).toHaveLength(1);
    expect(regional[0]).toMatchObject({ area: 'R', year: 2022, councils: ['A', 'B'] });
    expect(regional[0]?.message).toBe(
      "2 of Council R's 3 councils are given Council R's own 2022 total of new plans, 6,078, as their figure (Council A, Council B): read as unknown.",
    );
  });

  it('flags a sudden change in a caseload without changing it', () => {
    const sudden = findings.filter((f) => f.kind === 'suddenChange');
    expect(sudden.map((f) => [f.area, f.year])).toEqual([['N', 2025]]);
    expect(sudden[0]?.message).toBe(
      'Council N: 2,705 plans in January 2024, 1,199 in January 2025 (-56%), a break in the series no method can foresee.',
    );
    expect(clean.councils[3]?.years.at(-1)?.total).toBe(1199);
  });

  it('names a council created by a reorganisation and where its series starts', () => {
    const reorganised = findings.filter((f) => f.kind === 'reorganised');
    expect(reorganised.map((f) => [f.area, f.year])).toEqual([['940', 2022]]);
    expect(reorganised[0]?.message).toMatch(
      /created on 2021-04-01 from Northamptonshire \(928\): its series starts in January 2022/,
    );
  });
});
