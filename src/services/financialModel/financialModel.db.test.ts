import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import type { Actor, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { compareCouncilVersions, councilChecks } from './comparison';
import { addLine, removeLine, setLineAmount } from './lineEdits';
import {
  copyVersion,
  deleteVersion,
  freezeVersion,
  getVersion,
  importVersion,
  listVersions,
} from './versions';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let kingstonId: number;
function member(role: 'finance' | 'viewer', councilId = kingstonId): Actor {
  const user: SessionUser = {
    id: 1,
    email: `${role}@kingston.example`,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[councilId, role]]),
  };
  return { kind: 'user', user };
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
});
afterAll(async () => t.database.close());

const SVA = 'Safety Valve agreement, March 2021';
const MAY = 'Latest forecast, May 2021';

describe('the demo financial model', () => {
  it('holds four versions, three frozen as published', async () => {
    const versions = await listVersions(t.ctx, member('viewer'), '314');
    expect(versions.map((v) => [v.name, v.status])).toEqual([
      ['Deficit recovery plan, June 2019', 'frozen'],
      ['SEND Transformation Plan 2019/20 to 2021/22', 'frozen'],
      [SVA, 'frozen'],
      [MAY, 'draft'],
    ]);
  });

  it('round-trips the May projection through the database to the published KPI figures (seed 003 KPIs 10, 13-15)', async () => {
    const { years } = await getVersion(t.ctx, member('viewer'), '314', MAY);
    expect(years[0]).toMatchObject({
      spendAfterSavings: 31_680_146_00,
      inYearDsgDeficit: 3_485_000_00,
      cumulativeDeficitBeforeDfe: 27_886_000_00,
      cumulativeDeficitAfterDfe: 10_886_000_00,
    });
  });

  it('compares the agreed model with the May projection into the published monitoring table RAG column (seed 003)', async () => {
    const comparison = await compareCouncilVersions(t.ctx, member('viewer'), '314', { from: SVA, to: MAY });
    expect(comparison.year).toBe('2021-22');
    expect(comparison.monitoring.map((r) => r.rag).join('')).toBe('GGGGGGGAAAGGAGGGG');
  });

  it('reports the published inconsistencies across the council', async () => {
    const failures = await councilChecks(t.ctx, member('viewer'), '314');
    expect(failures.map((f) => f.check).sort()).toEqual([
      'age-bands-sum-to-total',
      'age-bands-sum-to-total',
      ...Array<string>(6).fill('ehcp-table-matches-roll-forward'),
      'opening-equals-prior-outturn',
      'word-count',
    ]);
  });
});

describe('editing', () => {
  it('refuses to edit a frozen version, saying to copy it, and changes nothing', async () => {
    await expect(
      setLineAmount(t.ctx, member('finance'), '314', SVA, 'hnb-allocation', { year: '2021-22', amount: 1 }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining('Copy it') as unknown });
    const { plan } = await getVersion(t.ctx, member('finance'), '314', SVA);
    expect(plan.lines[0]!.amounts['2021-22']).toBe(25_897_000_00);
  });

  it('copies a frozen version to a draft that can be edited, and audits the edit', async () => {
    await copyVersion(t.ctx, member('finance'), '314', SVA, { name: 'What if: no post 16 saving' });
    await setLineAmount(t.ctx, member('finance'), '314', 'What if: no post 16 saving', 'saving-post16', {
      year: '2021-22',
      amount: '£0',
    });
    const { years } = await getVersion(t.ctx, member('finance'), '314', 'What if: no post 16 saving');
    expect(years[0]!.inYearDsgDeficit).toBe(3_602_000_00);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'plan-line-amount')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      actor_email: 'finance@kingston.example',
      // Whole pence in the audit, never pounds as floating point.
      before: { amountPence: 120_000_00 },
      after: { amountPence: 0 },
    });
  });

  it('adds and removes lines, rejecting a bad amount with the field named', async () => {
    const name = 'What if: no post 16 saving';
    await addLine(t.ctx, member('finance'), '314', name, {
      id: 'new-ssp',
      kind: 'pressure',
      label: 'New special school places',
    });
    await expect(
      setLineAmount(t.ctx, member('finance'), '314', name, 'new-ssp', { year: '2021-22', amount: '12,5OO' }),
    ).rejects.toMatchObject({ status: 400, field: 'amount' });
    await expect(
      setLineAmount(t.ctx, member('finance'), '314', name, 'new-ssp', { year: '2030-31', amount: 1 }),
    ).rejects.toMatchObject({ status: 400, field: 'year' });
    await expect(
      addLine(t.ctx, member('finance'), '314', name, { kind: 'spend', label: 'x' }),
    ).rejects.toMatchObject({ status: 400, field: 'kind' });
    await removeLine(t.ctx, member('finance'), '314', name, 'new-ssp');
    await deleteVersion(t.ctx, member('finance'), '314', name);
    expect((await listVersions(t.ctx, member('finance'), '314')).map((v) => v.name)).not.toContain(name);
  });

  it('lets a viewer read but not edit, and hides Kingston from another council', async () => {
    await expect(copyVersion(t.ctx, member('viewer'), '314', SVA, { name: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    const richmondId = (
      await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '318').executeTakeFirstOrThrow()
    ).id;
    await expect(getVersion(t.ctx, member('finance', richmondId), '314', MAY)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('freezes a draft, after which it cannot be frozen or deleted again', async () => {
    await copyVersion(t.ctx, member('finance'), '314', MAY, { name: 'Baseline to freeze' });
    await freezeVersion(t.ctx, member('finance'), '314', 'Baseline to freeze');
    await expect(deleteVersion(t.ctx, member('finance'), '314', 'Baseline to freeze')).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe('importing', () => {
  const good = {
    council: '314',
    version: 'Imported',
    years: ['2022-23'],
    opening: { cumulativeDeficit: 1000 },
    lines: [{ kind: 'hnbAllocation', label: 'HNB', amounts: { '2022-23': 100 } }],
  };

  it('lists every problem in a bad file and saves nothing', async () => {
    const bad = {
      council: '314',
      version: 'Bad',
      years: ['2022-23', '2021-22'],
      opening: { cumulativeDeficit: 'lots' },
      lines: [
        { id: 'a', kind: 'spending', label: 'x', amounts: { '2022-23': '' } },
        { id: 'a', kind: 'saving', label: 'y', amounts: {} },
      ],
    };
    const error = await importVersion(t.ctx, member('finance'), '314', bad).catch((e: Error) => e);
    expect(error).toMatchObject({ status: 400 });
    const text = (error as Error).message;
    for (const expected of [
      'years[1]: 2021-22 is out of order',
      "opening.cumulativeDeficit: 'lots' is not an amount",
      "lines[0].kind: 'spending' is not a line kind",
      'lines[0].amounts.2022-23: is blank',
      "lines[1].id: duplicate line id 'a'",
    ]) {
      expect(text).toContain(expected);
    }
    expect((await listVersions(t.ctx, member('finance'), '314')).map((v) => v.name)).not.toContain('Bad');
  });

  it('imports a good file once, refuses a second import of the same name unless replacing, and refuses another council', async () => {
    await importVersion(t.ctx, member('finance'), '314', good);
    await expect(importVersion(t.ctx, member('finance'), '314', good)).rejects.toMatchObject({ status: 409 });
    await importVersion(
      t.ctx,
      member('finance'),
      '314',
      { ...good, lines: [{ kind: 'hnbAllocation', label: 'HNB', amounts: { '2022-23': 200 } }] },
      { replace: true },
    );
    const { years } = await getVersion(t.ctx, member('finance'), '314', 'Imported');
    expect(years[0]!.totalBudget).toBe(200_00);
    await expect(
      importVersion(t.ctx, member('finance'), '314', { ...good, council: '318', version: 'Other' }),
    ).rejects.toMatchObject({ status: 400, field: 'council' });
  });
});
