import { describe, expect, it } from 'vitest';
import { reservesView } from './overrideEnd';
import type { PlanVersion } from './planVersion';

const years = ['2026-27', '2027-28', '2028-29', '2029-30'];

/**
 * £5m brought forward; £10m allocation and £12m spend each year, so £2m in-year deficit:
 * cumulative £7m, £9m, £11m, £13m at each 31 March. Usable reserves £20m, £15m, £10m, £8m.
 */
function plan(extra: Partial<PlanVersion> = {}): PlanVersion {
  const each = (pence: number) => Object.fromEntries(years.map((y) => [y, pence]));
  return {
    council: '999',
    version: 'Reform',
    years,
    opening: { cumulativeDeficit: 5_000_000_00, dfeContributionsToDate: 0 },
    lines: [
      { id: 'hnb', kind: 'hnbAllocation', label: 'HNB', links: {}, amounts: each(10_000_000_00) },
      { id: 'spend', kind: 'expenditure', label: 'Spend', links: {}, amounts: each(12_000_000_00) },
    ],
    usableReserves: {
      '2026-27': 20_000_000_00,
      '2027-28': 15_000_000_00,
      '2028-29': 10_000_000_00,
      '2029-30': 8_000_000_00,
    },
    ...extra,
  };
}

describe('the override end and usable reserves', () => {
  it('gives the deficit as a share of usable reserves and flags every year above 100%', () => {
    const view = reservesView(plan());
    // £7m / £20m = 35%; £9m / £15m = 60%; £11m / £10m = 110%; £13m / £8m = 162.5%.
    expect(view.years.map((y) => y.deficitPctOfReserves)).toEqual([35, 60, 110, 162.5]);
    expect(view.years.map((y) => y.aboveReserves)).toEqual([false, false, true, true]);
    // The default end: the override covers 2026-27 and 2027-28 (to 31 March 2028), not 2028-29.
    expect(view.overrideEndsAfter).toBe('2028-03-31');
    expect(view.years.map((y) => y.overrideApplies)).toEqual([true, true, false, false]);
    expect(view.firstGeneralFundYear).toBe('2028-29');
  });

  it("says so in a Section 151 officer's words", () => {
    expect(reservesView(plan()).statements).toEqual([
      '2028-29: the cumulative DSG deficit of £11,000,000 is 110% of usable reserves (£10,000,000); the council could not meet it from reserves without a further funding solution.',
      '2029-30: the cumulative DSG deficit of £13,000,000 is 162.5% of usable reserves (£8,000,000); the council could not meet it from reserves without a further funding solution.',
      'From 2028-29 the statutory override no longer applies: the deficit of £11,000,000 at 2029-03-31 would fall to the general fund, taking 110% of usable reserves.',
    ]);
  });

  it('moves with the setting: an override extended to 31 March 2029 first calls on the general fund in 2029-30', () => {
    const view = reservesView(plan({ overrideEndsAfter: '2029-03-31' }));
    expect(view.firstGeneralFundYear).toBe('2029-30');
  });

  it('calls on nothing when the deficit is cleared before the override ends', () => {
    const cleared = plan();
    cleared.lines.push({
      id: 'gf',
      kind: 'generalFundContribution',
      label: 'Council contribution',
      links: {},
      amounts: { '2027-28': 9_000_000_00 },
    });
    // 2027-28: £7m + £2m − £9m = £0; then £2m a year again: £2m, £4m from 2028-29.
    const view = reservesView(cleared);
    expect(view.years.map((y) => y.cumulativeDeficit)).toEqual([7_000_000_00, 0, 2_000_000_00, 4_000_000_00]);
    expect(view.firstGeneralFundYear).toBe('2028-29');
    const none = reservesView({ ...plan(), years: ['2026-27', '2027-28'] });
    expect(none.firstGeneralFundYear).toBeNull();
    expect(none.statements.at(-1)).toBe(
      'Every year of the plan ends while the statutory override applies (to 2028-03-31); add later years to see whether the general fund would be called on.',
    );
  });

  it('has no share without a reserves figure, and says to record one', () => {
    const view = reservesView(plan({ usableReserves: {} }));
    expect(view.years.every((y) => y.deficitPctOfReserves === null && !y.aboveReserves)).toBe(true);
    expect(view.statements).toEqual([
      'From 2028-29 the statutory override no longer applies: the deficit of £11,000,000 at 2029-03-31 would fall to the general fund; record usable reserves for that year to see the share they would take.',
    ]);
  });
});
