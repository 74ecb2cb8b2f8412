import { describe, expect, it } from 'vitest';
import { applyModelledCost, pushPreview } from './modelledCost';
import type { PlanVersion } from './planVersion';

const plan: PlanVersion = {
  council: '314',
  version: 'Draft',
  years: ['2020-21', '2021-22', '2022-23'],
  opening: { cumulativeDeficit: 10_000, dfeContributionsToDate: 0 },
  lines: [
    {
      id: 'hnb',
      kind: 'hnbAllocation',
      label: 'HNB',
      links: {},
      amounts: { '2020-21': 900, '2021-22': 900, '2022-23': 900 },
    },
    {
      id: 'direct',
      kind: 'expenditure',
      label: 'Direct',
      links: {},
      amounts: { '2020-21': 800, '2021-22': 850, '2022-23': 900 },
    },
    {
      id: 'central',
      kind: 'expenditure',
      label: 'Central',
      links: {},
      amounts: { '2021-22': 100, '2022-23': 100 },
    },
    { id: 'saving', kind: 'saving', label: 'Saving', links: {}, amounts: { '2021-22': 50 } },
  ],
};

describe('a modelled cost pushed into a plan version', () => {
  const push = {
    lines: [
      {
        id: 'forecast-demand',
        kind: 'expenditure' as const,
        label: 'Forecast',
        amounts: { '2021-22': 1_000, '2022-23': 1_100 },
      },
    ],
    years: ['2021-22', '2022-23'],
    replace: ['direct', 'central'],
  };

  it('replaces what it stands for in the years it models, keeping the other years', () => {
    const { plan: after, replaced } = applyModelledCost(plan, push);
    expect(after.lines.map((l) => [l.id, l.amounts])).toEqual([
      ['hnb', { '2020-21': 900, '2021-22': 900, '2022-23': 900 }],
      ['direct', { '2020-21': 800 }],
      ['saving', { '2021-22': 50 }],
      ['forecast-demand', { '2021-22': 1_000, '2022-23': 1_100 }],
    ]);
    expect(replaced).toEqual([
      {
        id: 'direct',
        kind: 'expenditure',
        label: 'Direct',
        amounts: { '2021-22': 850, '2022-23': 900 },
        removed: false,
      },
      {
        id: 'central',
        kind: 'expenditure',
        label: 'Central',
        amounts: { '2021-22': 100, '2022-23': 100 },
        removed: true,
      },
    ]);
  });

  it('previews spend, in-year and cumulative balance before and after, and the difference', () => {
    const rows = pushPreview(plan, applyModelledCost(plan, push).plan, push.years);
    expect(
      rows.map((r) => [
        r.year,
        r.modelled,
        r.spendBeforeSavings,
        r.inYearDsgDeficit.difference,
        r.cumulativeDeficitAfterDfe.after,
      ]),
    ).toEqual([
      ['2020-21', false, { before: 800, after: 800, difference: 0 }, 0, 9_900],
      // 850 + 100 replaced by 1,000: spend up 50, in-year deficit up 50.
      ['2021-22', true, { before: 950, after: 1_000, difference: 50 }, 50, 9_900 + 50],
      ['2022-23', true, { before: 1_000, after: 1_100, difference: 100 }, 100, 9_900 + 50 + 200],
    ]);
  });

  it('updates its own line when pushed again, never adding a second one', () => {
    const once = applyModelledCost(plan, push).plan;
    const again = applyModelledCost(once, {
      ...push,
      lines: [{ ...push.lines[0]!, amounts: { '2021-22': 1_200, '2022-23': 1_300 } }],
      replace: ['forecast-demand'],
    });
    expect(again.plan.lines.filter((l) => l.id === 'forecast-demand')).toHaveLength(1);
    expect(again.plan.lines.map((l) => l.id)).toEqual(['hnb', 'direct', 'saving', 'forecast-demand']);
    expect(again.plan.lines.at(-1)!.amounts).toEqual({ '2021-22': 1_200, '2022-23': 1_300 });
    expect(again.replaced).toEqual([
      {
        id: 'forecast-demand',
        kind: 'expenditure',
        label: 'Forecast',
        amounts: { '2021-22': 1_000, '2022-23': 1_100 },
        removed: false,
      },
    ]);
  });
});
