import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { returnView } from '../safetyValve/returnView';
import { setConditionProgress } from '../safetyValve/returns';
import { openTestContext, type TestContext } from '../testContext';
import { getSavingsDelivery, recordSavingsDelivery } from './delivery';

let t: TestContext;
const cli: Actor = { kind: 'system', label: 'test' };
const viewer: Actor = {
  kind: 'user',
  user: {
    id: 3,
    email: 'viewer@kingston.example',
    displayName: 'v',
    isSystemAdmin: false,
    roles: new Map([[1, 'viewer']]),
  },
};
const agreed = 'Safety Valve agreement, March 2021';

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
}, 120_000);
afterAll(async () => t.database.close());

const savingsOf = async (n: string) => {
  const c = (await returnView(t.ctx, cli, '314', '2021-22-Q1')).conditions.find((x) => x.number === n)!;
  return { achieved: c.savingsAchieved, target: c.savingsTarget, from: c.savingsFrom, check: c.savingsCheck };
};

describe('savings delivery and the return condition savings drawn from it (seed 003)', () => {
  it('draws 3.2 £139k of £191k, 3.4 £107k of £351k and 3.7 £46k of £120k from the delivery log, typed nowhere in the return', async () => {
    expect(await savingsOf('3.2')).toEqual({
      achieved: 13_900_000,
      target: 19_100_000,
      from: 'delivery',
      check: null,
    });
    expect(await savingsOf('3.4')).toEqual({
      achieved: 10_700_000,
      target: 35_100_000,
      from: 'delivery',
      check: null,
    });
    expect(await savingsOf('3.7')).toEqual({
      achieved: 4_600_000,
      target: 12_000_000,
      from: 'delivery',
      check: null,
    });
  });

  it('gives each line target, delivered to date, forecast and RAG as at a date; nothing before the first entry', async () => {
    const d = await getSavingsDelivery(t.ctx, viewer, '314', {
      version: agreed,
      financialYear: '2021-22',
      asAt: '2021-05-31',
    });
    const srp = d.lines.find((l) => l.lineKey === 'saving-srp')!;
    expect(srp).toMatchObject({
      target: 7_100_000,
      delivered: 5_600_000,
      forecast: 7_100_000,
      rag: 'G',
      reportedOn: '2021-05-31',
    });
    expect(d.total).toMatchObject({ target: 126_100_000, delivered: 29_200_000, linesReported: 5 });
    const before = await getSavingsDelivery(t.ctx, viewer, '314', {
      version: agreed,
      financialYear: '2021-22',
      asAt: '2021-04-30',
    });
    expect(before.lines.every((l) => l.delivered === null)).toBe(true);
  });

  it('refuses a line the version does not have, naming it, and saves nothing; a viewer may not record', async () => {
    const input = {
      version: agreed,
      financialYear: '2021-22',
      asAt: '2021-06-30',
      lines: [
        { lineKey: 'saving-srp', delivered: 60000, forecast: 71000 },
        { lineKey: 'saving-typo', delivered: 1, forecast: 1 },
      ],
    };
    await expect(recordSavingsDelivery(t.ctx, cli, '314', input)).rejects.toThrow(
      'Line 2: "saving-typo" is not a savings line of "Safety Valve agreement, March 2021"',
    );
    const rows = await t.ctx.db
      .selectFrom('savings_delivery')
      .select('id')
      .where('as_at', '=', '2021-06-30')
      .execute();
    expect(rows).toHaveLength(0);
    await expect(
      recordSavingsDelivery(t.ctx, viewer, '314', { ...input, lines: [input.lines[0]] }),
    ).rejects.toThrow('does not allow recording savings delivery');
  });

  it('a later entry moves the drawn figure for a later return date only; a figure the council sets itself is an override with the difference shown', async () => {
    await recordSavingsDelivery(t.ctx, cli, '314', {
      version: agreed,
      financialYear: '2021-22',
      asAt: '2021-06-30',
      lines: [{ lineKey: 'saving-post16', delivered: 60000, forecast: 120000 }],
    });
    // The Q1 return's data date is 31 May: still £46k.
    expect((await savingsOf('3.7')).achieved).toBe(4_600_000);
    await setConditionProgress(t.ctx, cli, '314', '2021-22-Q1', '3.7', { savingsAchieved: 50000 });
    expect(await savingsOf('3.7')).toEqual({
      achieved: 5_000_000,
      target: 12_000_000,
      from: 'override',
      check:
        'Set by the council: £50k of £120k; the savings delivery log gives £46k of £120k (lines saving-post16).',
    });
  });
});
