import { describe, expect, it } from 'vitest';
import { compareVersions } from './compareVersions';
import { computeModel, derivedAmounts, withDerivedAmounts } from './computeModel';
import {
  defaultStabilityGrant,
  grownAllocation,
  hnbGrowthProblems,
  shareOfDeficit,
  stabilityGrantProblems,
  type StabilityGrantRule,
} from './lineRules';
import type { PlanLine, PlanVersion } from './planVersion';
import { kingstonTolerance } from './rag';

const years = ['2025-26', '2026-27', '2027-28'];

/** A small plan in whole pounds: £10m allocation, £12m spend, so £2m in-year deficit, £20m brought forward. */
function plan(grant: Partial<StabilityGrantRule> = {}, extra: PlanLine[] = []): PlanVersion {
  return {
    council: '999',
    version: 'Reform',
    years,
    opening: { cumulativeDeficit: 20_000_000_00, dfeContributionsToDate: 1_000_000_00 },
    lines: [
      { id: 'hnb', kind: 'hnbAllocation', label: 'HNB', links: {}, amounts: { '2025-26': 10_000_000_00 } },
      {
        id: 'growth',
        kind: 'hnbGrowth',
        label: 'HNB growth assumption',
        links: {},
        amounts: {},
        rule: { growth: { '2026-27': 0.03, '2027-28': 0.025 } },
      },
      {
        id: 'spend',
        kind: 'expenditure',
        label: 'Spend',
        links: {},
        amounts: { '2025-26': 12_000_000_00, '2026-27': 12_500_000_00, '2027-28': 13_000_000_00 },
      },
      {
        id: 'grant',
        kind: 'stabilityGrant',
        label: 'High needs stability grant',
        links: {},
        amounts: {},
        rule: { ...defaultStabilityGrant, ...grant },
      },
      ...extra,
    ],
  };
}

describe('DSG funding assumptions (HNB growth)', () => {
  it('grows the allocation from the year before when a year has none typed in', () => {
    const model = computeModel(plan());
    // 2026-27: £10,000,000 × 1.03 = £10,300,000; 2027-28: £10,300,000 × 1.025 = £10,557,500.
    expect(model.map((y) => y.hnbAllocation)).toEqual([10_000_000_00, 10_300_000_00, 10_557_500_00]);
    expect(derivedAmounts(plan()).growth).toEqual({ '2026-27': 10_300_000_00, '2027-28': 10_557_500_00 });
  });

  it('gives way to an allocation typed in for the year', () => {
    const typed = plan();
    typed.lines[0]!.amounts['2026-27'] = 10_100_000_00;
    // 2026-27 as typed; 2027-28 grows from it: £10,100,000 × 1.025 = £10,352,500.
    expect(computeModel(typed).map((y) => y.hnbAllocation)).toEqual([
      10_000_000_00, 10_100_000_00, 10_352_500_00,
    ]);
  });

  it('rounds to the penny, halves away from zero', () => {
    expect(grownAllocation(333, 0.5)).toBe(500); // 499.5p
    expect(grownAllocation(1_000_001, 0.0325)).toBe(1_032_501); // 1,032,501.0325p
  });

  it('refuses rates that are not yearly growth, years outside the plan and the first year', () => {
    expect(hnbGrowthProblems({ growth: { '2026-27': 3 } }, years)).toEqual([
      '2026-27: 3 is not a yearly growth rate from -0.5 to 0.5 (0.03 is 3%)',
    ]);
    expect(hnbGrowthProblems({ growth: { '2030-31': 0.02 } }, years)[0]).toContain(
      '2030-31 is not one of the plan',
    );
    expect(hnbGrowthProblems({ growth: { '2025-26': 0.02 } }, years)[0]).toContain("the plan's first year");
  });
});

describe('the high needs stability grant', () => {
  // 31 March 2026 (end of 2025-26): £20m + £2m in year = £22m before DfE, less £1m DfE = £21m.
  // 90% of £21,000,000 = £18,900,000, counted in 2026-27 (the year after).
  // 2026-27 in year: £12.5m − £10.3m = £2.2m; 2027-28: £13m − £10.5575m = £2.4425m.
  it('is 90% of the deficit after DfE contributions at 31 March 2026, in 2026-27', () => {
    const model = computeModel(plan({ status: 'approved' }));
    expect(model[1]!.stabilityGrant).toBe(18_900_000_00);
    expect(model[1]!.stabilityGrantCounted).toBe(18_900_000_00);
    // Counted: £21m + £2.2m − £18.9m = £4.3m; then + £2.4425m = £6.7425m.
    expect(model.map((y) => y.cumulativeDeficitAfterDfe)).toEqual([
      21_000_000_00, 4_300_000_00, 6_742_500_00,
    ]);
    expect(model.map((y) => y.cumulativeDeficitWithoutGrant)).toEqual([
      21_000_000_00, 23_200_000_00, 25_642_500_00,
    ]);
    expect(model.map((y) => y.cumulativeDeficitWithGrant)).toEqual(
      model.map((y) => y.cumulativeDeficitAfterDfe),
    );
  });

  it('is shown both ways but not counted while only expected', () => {
    const model = computeModel(plan({ status: 'expected' }));
    expect(model[1]!.stabilityGrant).toBe(18_900_000_00);
    expect(model[1]!.stabilityGrantCounted).toBe(0);
    expect(model[2]!.cumulativeDeficitAfterDfe).toBe(25_642_500_00);
    expect(model[2]!.cumulativeDeficitWithGrant).toBe(6_742_500_00);
  });

  it('counts at the statuses the council chooses', () => {
    const model = computeModel(plan({ status: 'planSubmitted', countWhen: ['planSubmitted', 'approved'] }));
    expect(model[1]!.stabilityGrantCounted).toBe(18_900_000_00);
  });

  it('uses the DfE confirmed amount when one is typed in for its year', () => {
    const confirmed = plan({ status: 'received' });
    confirmed.lines[3]!.amounts = { '2026-27': 18_000_000_00 };
    expect(computeModel(confirmed)[1]!.stabilityGrant).toBe(18_000_000_00);
  });

  it('measured at the opening balance when 31 March is the day before the plan starts', () => {
    const model = computeModel(plan({ asAt: '2025-03-31', year: '2025-26', status: 'received' }));
    // 90% of (£20m − £1m) = £17.1m in 2025-26.
    expect(model[0]!.stabilityGrant).toBe(17_100_000_00);
  });

  it('gives nothing on a surplus', () => {
    expect(shareOfDeficit(0.9, -5_00)).toBe(0);
  });

  it('reads as a typed-in line in comparisons', () => {
    const expected = plan({ status: 'expected' });
    const approved = plan({ status: 'approved' });
    const row = compareVersions(expected, approved, '2026-27', kingstonTolerance).lines.find(
      (l) => l.key === 'grant',
    );
    // Shown negative, like DfE contributions; the amount does not depend on the status.
    expect(row).toMatchObject({ from: -18_900_000_00, to: -18_900_000_00, variance: 0 });
    expect(computeModel(withDerivedAmounts(approved))).toEqual(computeModel(approved));
  });

  it('names every problem with its rule', () => {
    expect(stabilityGrantProblems({ ...defaultStabilityGrant, asAt: '2026-03-30' }, years)).toEqual([
      '2026-03-30 is not the end of a financial year: the deficit is measured at 31 March',
    ]);
    expect(stabilityGrantProblems({ ...defaultStabilityGrant, share: 90 }, years)[0]).toContain(
      'is not a share',
    );
    expect(stabilityGrantProblems({ ...defaultStabilityGrant, year: '2025-26' }, years)[0]).toContain(
      'counts in a later year',
    );
    expect(stabilityGrantProblems(defaultStabilityGrant, ['2027-28'])[0]).toContain(
      'no cumulative deficit at 2026-03-31',
    );
    expect(stabilityGrantProblems(defaultStabilityGrant, years)).toEqual([]);
  });
});
