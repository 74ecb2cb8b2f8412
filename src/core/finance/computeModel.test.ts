import { describe, expect, it } from 'vitest';
import { compareVersions } from './compareVersions';
import { computeModel } from './computeModel';
import type { PlanVersion } from './planVersion';
import { kingstonTolerance } from './rag';

const plan: PlanVersion = {
  council: '999',
  version: 'Test',
  years: ['2024-25', '2025-26'],
  opening: { cumulativeDeficit: 1_000_00, dfeContributionsToDate: 200_00 },
  lines: [
    {
      id: 'a',
      kind: 'hnbAllocation',
      label: 'Allocation',
      links: {},
      amounts: { '2024-25': 1_000_00, '2025-26': 1_100_00 },
    },
    { id: 't', kind: 'blockTransfer', label: 'Schools block', links: {}, amounts: { '2024-25': 50_00 } },
    {
      id: 'e1',
      kind: 'expenditure',
      label: 'Top-ups',
      links: {},
      amounts: { '2024-25': 900_00, '2025-26': 950_00 },
    },
    {
      id: 'e2',
      kind: 'expenditure',
      label: 'Central',
      links: {},
      amounts: { '2024-25': 300_00, '2025-26': 300_00 },
    },
    { id: 'p', kind: 'pressure', label: 'Growth', links: {}, amounts: { '2025-26': 100_00 } },
    {
      id: 's',
      kind: 'saving',
      label: 'Annual reviews',
      links: { workstream: 'Assessment' },
      amounts: { '2024-25': 20_00, '2025-26': 40_00 },
    },
    { id: 'memo', kind: 'saving', label: 'Travel', links: {}, memo: true, amounts: { '2024-25': 999_00 } },
    { id: 'o', kind: 'otherBlocksVariance', label: 'Early years', links: {}, amounts: { '2024-25': -10_00 } },
    {
      id: 'g',
      kind: 'generalFundContribution',
      label: 'General Fund',
      links: {},
      amounts: { '2025-26': 60_00 },
    },
    {
      id: 'd',
      kind: 'dfeContribution',
      label: 'Safety Valve',
      links: {},
      amounts: { '2024-25': 100_00, '2025-26': 100_00 },
    },
  ],
};

describe('computeModel', () => {
  const [first, second] = computeModel(plan);
  it('derives the first year by hand', () => {
    // budget 1,050; spend 1,200 - 20 = 1,180; net HN 130; in-year 130 - 10 = 120; cumulative 1,120; DfE 300
    expect(first).toMatchObject({
      totalBudget: 1_050_00,
      spendBeforeSavings: 1_200_00,
      totalSavings: 20_00,
      spendAfterSavings: 1_180_00,
      netHighNeedsDeficit: 130_00,
      inYearDsgDeficit: 120_00,
      cumulativeDeficitBeforeDfe: 1_120_00,
      dfeContributionsToDate: 300_00,
      cumulativeDeficitAfterDfe: 820_00,
      fundingGapPct: -18, // (1,000 - 1,180) / 1,000
    });
    expect(first?.spendPctOfFunding).toBe(112.38); // 1,180 / 1,050
  });
  it('carries the balance into the next year and leaves memorandum lines out', () => {
    // budget 1,100; spend 1,350 - 40 = 1,310; net 210; in-year 210 - 60 = 150; cumulative 1,270; DfE 400
    expect(second).toMatchObject({
      totalBudget: 1_100_00,
      spendAfterSavings: 1_310_00,
      inYearDsgDeficit: 150_00,
      cumulativeDeficitBeforeDfe: 1_270_00,
      cumulativeDeficitAfterDfe: 870_00,
    });
  });
});

describe('compareVersions', () => {
  const latest: PlanVersion = {
    ...plan,
    version: 'Latest',
    lines: plan.lines
      .map((l) => (l.id === 's' ? { ...l, amounts: { '2024-25': 10_00 } } : l))
      .concat({
        id: 'new',
        kind: 'pressure',
        label: 'New pressure',
        links: {},
        amounts: { '2024-25': 5_00 },
      }),
  };
  const comparison = compareVersions(plan, latest, '2024-25', kingstonTolerance);
  it('shows a smaller saving as an adverse variance on the negative-shown line', () => {
    expect(comparison.lines.find((r) => r.key === 's')).toMatchObject({
      from: -20_00,
      to: -10_00,
      variance: 10_00,
      effect: 'adverse',
      rag: 'G',
    });
  });
  it('compares a line only in the later version against nothing', () => {
    expect(comparison.lines.find((r) => r.key === 'new')).toMatchObject({
      from: null,
      to: 5_00,
      variance: 5_00,
      effect: 'adverse',
    });
  });
  it('compares the derived figures with their own direction', () => {
    expect(comparison.totals.find((r) => r.key === 'spendAfterSavings')).toMatchObject({
      variance: 15_00,
      effect: 'adverse',
    });
    expect(comparison.totals.find((r) => r.key === 'totalBudget')).toMatchObject({
      variance: 0,
      effect: 'none',
      rag: 'G',
    });
  });
});
