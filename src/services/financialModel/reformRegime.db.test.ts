import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil } from '../councils';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { getVersion, importVersion } from './versions';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;

beforeAll(async () => {
  t = await openTestContext();
  await createCouncil(t.ctx, cli, { code: '999', newCode: 'E09000999', name: 'Testshire', region: 'London' });
});
afterAll(async () => t.database.close());

/**
 * £20m brought forward at 31 March 2026; £10m allocation grown 3% a year; £12m spend a year.
 * 2026-27: allocation £10m, in-year £2m, before DfE £22m; the grant (90% of £20m = £18m, approved, so
 * counted) leaves £4m. 2027-28: allocation £10.3m, in-year £1.7m, £5.7m. 2028-29: £10.609m, £1.391m,
 * £7.091m, against £5m usable reserves: 141.82%, and the override has ended.
 */
const file = {
  council: '999',
  version: 'Reform plan 2026',
  years: ['2026-27', '2027-28', '2028-29'],
  opening: { cumulativeDeficit: 20_000_000 },
  lines: [
    { id: 'hnb', kind: 'hnbAllocation', label: 'HNB', amounts: { '2026-27': 10_000_000 } },
    {
      id: 'grow',
      kind: 'hnbGrowth',
      label: 'HNB growth',
      rule: { growth: { '2027-28': 0.03, '2028-29': 0.03 } },
      amounts: {},
    },
    {
      id: 'spend',
      kind: 'expenditure',
      label: 'Spend',
      amounts: { '2026-27': 12_000_000, '2027-28': 12_000_000, '2028-29': 12_000_000 },
    },
    { id: 'grant', kind: 'stabilityGrant', label: 'Grant', rule: { status: 'approved' }, amounts: {} },
  ],
  usableReserves: { '2028-29': 5_000_000 },
};

describe('the regime of 2026 through the database', () => {
  it('stores rule lines, reserves and the override end, and computes from them', async () => {
    await importVersion(t.ctx, cli, '999', file);
    const got = await getVersion(t.ctx, cli, '999', 'Reform plan 2026');
    expect(got.plan.lines.find((l) => l.id === 'grant')!.rule).toEqual({
      share: 0.9,
      asAt: '2026-03-31',
      status: 'approved',
      countWhen: ['approved', 'received'],
    });
    expect(got.plan.usableReserves).toEqual({ '2028-29': 5_000_000_00 });
    expect(got.years.map((y) => y.hnbAllocation)).toEqual([10_000_000_00, 10_300_000_00, 10_609_000_00]);
    expect(got.years.map((y) => y.stabilityGrant)).toEqual([18_000_000_00, 0, 0]);
    expect(got.years.map((y) => y.cumulativeDeficitAfterDfe)).toEqual([
      4_000_000_00, 5_700_000_00, 7_091_000_00,
    ]);
    expect(got.years.map((y) => y.cumulativeDeficitWithoutGrant)).toEqual([
      22_000_000_00, 23_700_000_00, 25_091_000_00,
    ]);
    expect(got.reserves.years[2]!.deficitPctOfReserves).toBe(141.82);
    expect(got.reserves.firstGeneralFundYear).toBe('2028-29');
    expect(got.checks).toEqual([]);
  });
});
