import { describe, expect, it } from 'vitest';
import { defaultStabilityGrant, type PlanVersion } from '../finance';
import { checkPlanVersion } from './planChecks';

const plan = (grantAmount?: number, typed2026?: number): PlanVersion => ({
  council: '999',
  version: 'Reform',
  years: ['2025-26', '2026-27'],
  opening: { cumulativeDeficit: 10_000_000_00, dfeContributionsToDate: 0 },
  lines: [
    {
      id: 'hnb',
      kind: 'hnbAllocation',
      label: 'HNB',
      links: {},
      amounts: { '2025-26': 5_000_000_00, ...(typed2026 ? { '2026-27': typed2026 } : {}) },
    },
    {
      id: 'growth',
      kind: 'hnbGrowth',
      label: 'Growth',
      links: {},
      amounts: {},
      rule: { growth: { '2026-27': 0.04 } },
    },
    { id: 'spend', kind: 'expenditure', label: 'Spend', links: {}, amounts: { '2025-26': 6_000_000_00 } },
    {
      id: 'grant',
      kind: 'stabilityGrant',
      label: 'Stability grant',
      links: {},
      amounts: grantAmount === undefined ? {} : { '2026-27': grantAmount },
      rule: { ...defaultStabilityGrant, status: 'received' },
    },
  ],
});

describe('checks of the rule lines', () => {
  it('hold when the grant is the share and the growth is used', () => {
    // 31 March 2026: £10m + (£6m − £5m) = £11m; 90% is £9.9m.
    expect(checkPlanVersion(plan(9_900_000_00))).toEqual([]);
  });

  it('report a confirmed grant that is not the share of the deficit, with both figures', () => {
    const [failure] = checkPlanVersion(plan(9_000_000_00));
    expect(failure).toMatchObject({
      check: 'stability-grant-equals-share-of-deficit',
      left: { value: 9_000_000_00 },
      right: { value: 9_900_000_00 },
      difference: -900_000_00,
    });
    expect(failure!.message).toBe(
      '2026-27: the confirmed stability grant £9,000,000 is not 90% of the deficit at 2026-03-31 in this version (£9,900,000)',
    );
  });

  it('report a typed-in allocation that overrides a growth assumption', () => {
    const [failure] = checkPlanVersion(plan(undefined, 5_100_000_00));
    // £5m grown by 4% is £5.2m; £5.1m was typed in and is used.
    expect(failure).toMatchObject({
      check: 'typed-allocation-equals-growth-assumption',
      left: { value: 5_100_000_00 },
      right: { value: 5_200_000_00 },
    });
  });
});
