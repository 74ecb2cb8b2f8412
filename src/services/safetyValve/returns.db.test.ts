import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { getAgreement, recordPayment, saveAgreement } from './agreement';
import { loadDemoSafetyValve } from './demo';
import { createReturn, listReturns, setConditionProgress, updateReturn } from './returns';
import { returnView } from './returnView';
import { reopenReturn, signReturn } from './signOff';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let kingston: number;
let sysadmin: Actor;
const ids = new Map<string, number>();
/** A demo user of Kingston (the audit trail refers to real accounts). */
function member(role: CouncilRole): Actor {
  const email = `${role}@kingston.example`;
  return {
    kind: 'user',
    user: {
      id: ids.get(email)!,
      email,
      displayName: `Demo ${role}`,
      isSystemAdmin: false,
      roles: new Map([[kingston, role]]),
    },
  };
}
const audit = async (entity: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'entity_id', 'after', 'actor_email'])
    .where('entity', '=', entity)
    .orderBy('id')
    .execute();
const auditCount = async () => (await t.ctx.db.selectFrom('audit_log').select('id').execute()).length;
const Q1 = '2021-22-Q1';

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingston = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
  for (const u of await t.ctx.db.selectFrom('users').select(['id', 'email']).execute())
    ids.set(u.email, u.id);
  sysadmin = {
    kind: 'user',
    user: {
      id: ids.get('admin@kingston.example')!,
      email: 'admin@kingston.example',
      displayName: 'Root',
      isSystemAdmin: true,
      roles: new Map(),
    },
  };
});
afterAll(async () => t.database.close());

describe('the demo agreement and return', () => {
  it('loads once: loading again changes nothing', async () => {
    const before = await auditCount();
    expect(await loadDemoSafetyValve(t.ctx, cli)).toBe(false);
    expect(await auditCount()).toBe(before);
    expect(await listReturns(t.ctx, member('viewer'), '314')).toHaveLength(1);
  });

  it('builds the Q1 view from stored data: KPIs evaluated for 2021-05, monitoring table, key indicators (seed 003)', async () => {
    const view = await returnView(t.ctx, member('viewer'), '314', Q1);
    expect(view.kpis?.period).toBe('2021-05');
    expect(view.summaries.kpiRag).toEqual({ G: 26, A: 12, R: 0, none: 1 });
    expect(
      view.monitoring?.rows.find((r) => r.label === 'Net DSG deficit - cumulative before safety valve'),
    ).toMatchObject({ model: 28_607_000_00, projection: 27_886_000_00, variance: -721_000_00, rag: 'G' });
    expect(view.conditions[0]!.keyKpis.map((k) => [k.ref, k.periodTarget, k.value, k.rag])).toEqual([
      ['14', 28_607_000_00, 27_886_000_00, 'G'],
      ['3', 1537, 1550, 'A'],
      ['1', 1447, 1447, 'G'],
    ]);
    expect(view.partnerContributions.total).toBe(-160_000_00);
    expect(view.ehcpChart.map((k) => k.ref)).toEqual(['1', '3']);
  });
});

describe('bad input is refused and nothing is saved', () => {
  it('refuses a return for a period outside the agreement, a month, a second return for a quarter', async () => {
    const before = await auditCount();
    await expect(
      createReturn(t.ctx, cli, '314', { period: '2026-27-Q1', dataDate: '2026-05-31' }),
    ).rejects.toMatchObject({
      status: 400,
      field: 'period',
      message: 'period: 2026-27-Q1 is outside the agreement, which covers 2020-21 to 2025-26.',
    });
    await expect(
      createReturn(t.ctx, cli, '314', { period: '2019-20-Q4', dataDate: '2020-03-31' }),
    ).rejects.toMatchObject({ status: 400, field: 'period' });
    await expect(
      createReturn(t.ctx, cli, '314', { period: '2021-05', dataDate: '2021-05-31' }),
    ).rejects.toThrow('is a month: a Safety Valve return is for a quarter');
    await expect(
      createReturn(t.ctx, cli, '314', { period: Q1, dataDate: '2021-05-31' }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      createReturn(t.ctx, cli, '314', { period: '2021-22-Q2', dataDate: '2021-08-31', ehcpKpis: ['99'] }),
    ).rejects.toThrow('ehcpKpis: Kingston upon Thames has no KPI 99 for 2021-22.');
    await expect(
      createReturn(t.ctx, cli, '314', {
        period: '2021-22-Q2',
        dataDate: '2021-08-31',
        projectionVersion: 'Nope',
      }),
    ).rejects.toThrow('has no plan version called "Nope"');
    await expect(
      createReturn(t.ctx, cli, '314', { period: '2021-22-Q2', dataDate: '2021-10-31' }),
    ).rejects.toMatchObject({
      status: 400,
      field: 'dataDate',
      message: 'dataDate: 2021-10-31 is not within 2021-22-Q2 or before it in 2021-22.',
    });
    await expect(
      createReturn(t.ctx, cli, '314', {
        period: '2021-22-Q2',
        dataDate: '2021-08-31',
        dateSubmitted: '2021-08-01',
      }),
    ).rejects.toMatchObject({ status: 400, field: 'dateSubmitted' });
    expect(await listReturns(t.ctx, cli, '314')).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it('refuses an agreement whose profile or payments fall outside its years, or lists a condition twice', async () => {
    const base = {
      name: 'x',
      startYear: '2020-21',
      endYear: '2025-26',
      conditions: [{ number: '2', title: 'x' }],
    };
    await expect(
      saveAgreement(t.ctx, cli, '314', { ...base, deficitProfile: [{ year: '2027-28', maximum: 1 }] }),
    ).rejects.toThrow('deficitProfile.0.year: 2027-28 is outside the agreement (2020-21 to 2025-26).');
    await expect(
      saveAgreement(t.ctx, cli, '314', {
        ...base,
        conditions: [
          { number: '2', title: 'a' },
          { number: '2', title: 'b' },
        ],
      }),
    ).rejects.toThrow('condition 2 is listed twice');
    await expect(
      saveAgreement(t.ctx, cli, '314', {
        ...base,
        payments: [{ year: '2021-22', instalment: 'Q1', planned: -5 }],
      }),
    ).rejects.toThrow('cannot be negative');
    await expect(saveAgreement(t.ctx, member('viewer'), '314', base)).rejects.toMatchObject({ status: 403 });
    expect((await getAgreement(t.ctx, cli, '314')).agreement.conditions).toHaveLength(9);
  });

  it('lets the SEND service record progress against a condition, but not change the return or the agreement', async () => {
    const progress = await setConditionProgress(t.ctx, member('send'), '314', Q1, '3.3', {
      narrative: 'Mastodon C has been commissioned to update the medium term forecasts.',
    });
    expect(progress.assurance).toBe('Good');
    await expect(updateReturn(t.ctx, member('send'), '314', Q1, { summary: 'x' })).rejects.toMatchObject({
      status: 403,
      message:
        'Your role in Kingston upon Thames does not allow changing a Safety Valve return (finance.edit).',
    });
    await expect(
      setConditionProgress(t.ctx, member('viewer'), '314', Q1, '3.3', { narrative: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setConditionProgress(t.ctx, member('dcs'), '314', Q1, '3.3', { narrative: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await returnView(t.ctx, member('send'), '314', Q1)).can).toEqual({
      edit: false,
      editConditions: true,
      signAsS151: false,
      signAsDcs: false,
      reopen: false,
    });
  });

  it('refuses an assurance level that is not Good, Medium or Low', async () => {
    await expect(
      setConditionProgress(t.ctx, member('finance'), '314', Q1, '3.4', { assurance: 'Excellent' }),
    ).rejects.toMatchObject({ status: 400, field: 'assurance' });
    await expect(
      setConditionProgress(t.ctx, member('finance'), '314', Q1, '9.9', { assurance: 'Good' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a sign-off by anyone without the role: finance, admin, a system administrator, the command line', async () => {
    const before = await auditCount();
    for (const actor of [member('finance'), member('admin'), member('dcs'), sysadmin, cli]) {
      await expect(signReturn(t.ctx, actor, '314', Q1, { as: 's151' })).rejects.toMatchObject({
        status: 403,
        message:
          'Only a user with the s151 role in Kingston upon Thames can sign off a return as S151 officer; your account does not hold it. Nothing was signed.',
      });
    }
    await expect(signReturn(t.ctx, member('s151'), '314', Q1, { as: 'dcs' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(signReturn(t.ctx, member('s151'), '314', Q1, { as: 'chief' })).rejects.toMatchObject({
      status: 400,
      field: 'as',
    });
    expect((await returnView(t.ctx, cli, '314', Q1)).status).toBe('draft');
    expect(await auditCount()).toBe(before);
  });
});

describe('sign-off, lock and reopen', () => {
  it('refuses signing while a condition has no assurance level', async () => {
    await setConditionProgress(t.ctx, member('finance'), '314', Q1, '3.6', { assurance: null });
    await expect(signReturn(t.ctx, member('s151'), '314', Q1, { as: 's151' })).rejects.toThrow(
      'cannot be signed yet: condition 3.6 has no assurance level',
    );
    await setConditionProgress(t.ctx, member('finance'), '314', Q1, '3.6', { assurance: 'Good' });
  });

  it('clears a single signature when the return is edited afterwards, and records that', async () => {
    const signed = await signReturn(t.ctx, member('s151'), '314', Q1, { as: 's151' });
    expect(signed.s151SignOff).toMatchObject({
      email: 's151@kingston.example',
      name: 'Demo s151',
      at: '2021-06-18T09:00:00.000Z',
    });
    await expect(signReturn(t.ctx, member('s151'), '314', Q1, { as: 's151' })).rejects.toThrow(
      'already signed off as S151 officer by Demo s151',
    );
    const edited = await updateReturn(t.ctx, member('finance'), '314', Q1, { dateSubmitted: '2021-06-21' });
    expect(edited.s151SignOff).toBeNull();
    expect((await audit('safety-valve-return')).at(-1)).toMatchObject({
      action: 'update',
      after: expect.objectContaining({ signOffsCleared: ['s151'], dateSubmitted: '2021-06-21' }) as unknown,
    });
  });

  it('locks when both have signed; every edit is refused with who signed and how to reopen', async () => {
    expect((await signReturn(t.ctx, member('dcs'), '314', Q1, { as: 'dcs' })).dcsSignOff?.email).toBe(
      'dcs@kingston.example',
    );
    expect((await returnView(t.ctx, cli, '314', Q1)).status).toBe('signedByDcs');
    t.advance(24 * 3600 * 1000);
    await signReturn(t.ctx, member('s151'), '314', Q1, { as: 's151' });
    const view = await returnView(t.ctx, member('viewer'), '314', Q1);
    expect(view.status).toBe('locked');
    const message =
      'The 2021-22-Q1 return is locked: it was signed off by Demo s151 (S151 officer, 19 June 2021) and Demo dcs (Director of Children’s Services, 18 June 2021). An administrator can reopen it, giving a reason; reopening clears both sign-offs.';
    expect(view.lockMessage).toBe(message);
    const before = await auditCount();
    await expect(
      updateReturn(t.ctx, member('finance'), '314', Q1, { summary: 'changed' }),
    ).rejects.toMatchObject({ status: 409, message });
    await expect(
      setConditionProgress(t.ctx, cli, '314', Q1, '3.4', { assurance: 'Good' }),
    ).rejects.toMatchObject({ status: 409, message });
    await expect(signReturn(t.ctx, member('dcs'), '314', Q1, { as: 'dcs' })).rejects.toMatchObject({
      status: 409,
    });
    expect(await auditCount()).toBe(before);
    expect((await returnView(t.ctx, cli, '314', Q1)).return.dateSubmitted).toBe('2021-06-21');
  });

  it('reopens only for an administrator with a reason, audited, clearing both sign-offs', async () => {
    await expect(reopenReturn(t.ctx, member('finance'), '314', Q1, { reason: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(reopenReturn(t.ctx, member('s151'), '314', Q1, { reason: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(reopenReturn(t.ctx, member('admin'), '314', Q1, { reason: '  ' })).rejects.toMatchObject({
      status: 400,
      field: 'reason',
    });
    const reopened = await reopenReturn(t.ctx, member('admin'), '314', Q1, {
      reason: 'DfE asked for the 3.4 savings to be restated',
    });
    expect([reopened.s151SignOff, reopened.dcsSignOff]).toEqual([null, null]);
    const entry = (await audit('safety-valve-return')).at(-1)!;
    expect(entry).toMatchObject({
      action: 'reopen',
      actor_email: 'admin@kingston.example',
      after: { status: 'draft', reason: 'DfE asked for the 3.4 savings to be restated' },
    });
    await expect(reopenReturn(t.ctx, member('admin'), '314', Q1, { reason: 'again' })).rejects.toMatchObject({
      status: 409,
    });
    expect(
      (await setConditionProgress(t.ctx, member('finance'), '314', Q1, '3.4', { savingsAchieved: 150_000 }))
        .savingsAchieved,
    ).toBe(150_000_00);
  });

  it('records a DfE instalment, audited with the previous record', async () => {
    await recordPayment(t.ctx, member('finance'), '314', '2021-22', '2021-22 payments', {
      planned: 5_000_000,
      received: 1_250_000,
      receivedDate: '2021-07-15',
    });
    const { agreement, payments } = await getAgreement(t.ctx, member('viewer'), '314');
    expect(agreement.payments.find((p) => p.year === '2021-22')).toMatchObject({
      planned: 5_000_000_00,
      received: 1_250_000_00,
      receivedDate: '2021-07-15',
      note: null,
    });
    expect(payments.total.received).toBe(10_250_000_00);
    expect((await audit('safety-valve-payment')).map((a) => [a.action, a.entity_id])).toEqual([
      ['update', '2021-22 2021-22 payments'],
    ]);
    await expect(
      recordPayment(t.ctx, member('finance'), '314', '2027-28', 'Q1', { planned: 1 }),
    ).rejects.toThrow('payment.year: 2027-28 is outside the agreement');
    await expect(
      recordPayment(t.ctx, member('viewer'), '314', '2021-22', 'Q1', { planned: 1 }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('starts the next quarter from the last one: words and tables copied, every assurance level to assess again', async () => {
    const q2 = await createReturn(t.ctx, member('finance'), '314', {
      period: '2021-22-Q2',
      dataDate: '2021-08-31',
      copyFrom: Q1,
    });
    expect(q2).toMatchObject({
      kpiPeriod: '2021-08',
      projectionVersion: 'Latest forecast, May 2021',
      s151SignOff: null,
      dcsSignOff: null,
    });
    expect(q2.conditions.every((c) => c.assurance === null)).toBe(true);
    // Condition savings are not copied: each quarter draws them from the savings delivery log as at its date.
    expect(q2.conditions.find((c) => c.number === '3.2')).toMatchObject({ savingsAchieved: null });
    expect(
      (await returnView(t.ctx, member('finance'), '314', '2021-22-Q2')).conditions.find(
        (c) => c.number === '3.2',
      ),
    ).toMatchObject({ savingsAchieved: 139_000_00, savingsTarget: 191_000_00, savingsFrom: 'delivery' });
    expect(q2.partnerContributions).toHaveLength(4);
    expect(q2.appendices.map((a) => a.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect((await audit('safety-valve-return')).at(-1)).toMatchObject({
      action: 'create',
      entity_id: '2021-22-Q2',
      after: expect.objectContaining({ copiedFrom: Q1 }) as unknown,
    });
    await expect(signReturn(t.ctx, member('s151'), '314', '2021-22-Q2', { as: 's151' })).rejects.toThrow(
      'conditions 2, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8 have no assurance level',
    );
    await expect(
      createReturn(t.ctx, member('finance'), '314', {
        period: '2021-22-Q3',
        dataDate: '2021-11-30',
        copyFrom: '2020-21-Q4',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
