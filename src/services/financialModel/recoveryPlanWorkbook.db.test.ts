import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { getRecoveryPlanDocument } from './recoveryPlanDocuments';
import { exportRecoveryPlan, importRecoveryPlan } from './recoveryPlanWorkbook';
import { getVersion, listVersions, PlanFileInvalidError } from './versions';

const cli: Actor = { kind: 'system', label: 'test' };
const DRP = 'Deficit recovery plan, June 2019';
const COPY = 'Recovery plan 2019, re-imported';
let t: TestContext;
let kingstonId: number;

function member(role: 'finance' | 'viewer'): Actor {
  const user: SessionUser = {
    id: 1,
    email: `${role}@kingston.example`,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[kingstonId, role]]),
  };
  return { kind: 'user', user };
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.database.close());

const versionNames = async () => (await listVersions(t.ctx, cli, '314')).map((v) => v.name);

describe('the DfE 2019 recovery plan workbook, through the database (seed 000)', () => {
  let exported: Buffer;

  it("exports the council's version that has a recovery plan document when none is named", async () => {
    exported = await exportRecoveryPlan(t.ctx, member('viewer'), '314');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    expect(wb.title).toBe(DRP);
    expect(wb.getWorksheet('Financial Summary')!.getCell('J31').result).toBe(19_252_000);
  });

  it('imports it back under a new name: the same lines, amounts, links, balances and document, audited', async () => {
    const version = await importRecoveryPlan(t.ctx, member('finance'), '314', exported, { name: COPY });
    expect(version).toMatchObject({ name: COPY, status: 'draft' });
    const original = await getVersion(t.ctx, cli, '314', DRP);
    const copy = await getVersion(t.ctx, cli, '314', COPY);
    expect(copy.plan.lines).toEqual(original.plan.lines);
    expect(copy.plan.years).toEqual(original.plan.years);
    expect(copy.plan.opening.cumulativeDeficit).toBe(original.plan.opening.cumulativeDeficit);
    expect(copy.plan.published).toEqual(original.plan.published);
    expect(copy.years.map((y) => y.cumulativeDeficitBeforeDfe / 100)).toEqual([
      11_071_000, 14_190_000, 16_672_000, 17_911_000, 19_252_000, 19_252_000,
    ]);
    expect(copy.checks).toEqual([]);

    const doc = await getRecoveryPlanDocument(t.ctx, cli, '314', DRP);
    const copyDoc = await getRecoveryPlanDocument(t.ctx, cli, '314', COPY);
    // The sheet counts 450 words in answer 2 where the submitted plan printed 451 (see checkRecoveryPlan).
    expect(copyDoc).toEqual({
      ...doc,
      planVersion: COPY,
      narrative: doc.narrative.map((n, i) => (i === 1 ? { ...n, publishedWordCount: 450 } : n)),
    });

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_email', 'action', 'entity', 'entity_id'])
      .where('entity_id', '=', COPY)
      .execute();
    expect(audit).toEqual([
      { actor_email: 'finance@kingston.example', action: 'import', entity: 'plan-version', entity_id: COPY },
      {
        actor_email: 'finance@kingston.example',
        action: 'create',
        entity: 'recovery-plan-document',
        entity_id: COPY,
      },
    ]);
  });

  it('replaces a draft only when asked, and never the frozen version the workbook is named after', async () => {
    await expect(
      importRecoveryPlan(t.ctx, member('finance'), '314', exported, { name: COPY }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      importRecoveryPlan(t.ctx, member('finance'), '314', exported, { name: COPY, replace: true }),
    ).resolves.toMatchObject({ name: COPY });
    await expect(importRecoveryPlan(t.ctx, member('finance'), '314', exported)).rejects.toThrow(
      `"${DRP}" is frozen`,
    );
  });

  it('asks which version to export once two have a recovery plan document', async () => {
    await expect(exportRecoveryPlan(t.ctx, cli, '314')).rejects.toThrow(
      `has 2 versions with a recovery plan document ("${DRP}", "${COPY}")`,
    );
    await expect(exportRecoveryPlan(t.ctx, cli, '314', 'Latest forecast, May 2021')).rejects.toThrow(
      'has no recovery plan document',
    );
  });

  it('saves nothing from a workbook with bad cells, and lists every one', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    wb.getWorksheet('Financial Summary')!.getCell('E14').value = 'abc';
    wb.getWorksheet('Financial Summary')!.getCell('F15').value = 'tbc';
    const before = await versionNames();
    const error = await importRecoveryPlan(
      t.ctx,
      member('finance'),
      '314',
      Buffer.from(await wb.xlsx.writeBuffer()),
      { name: 'Bad copy' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanFileInvalidError);
    expect((error as PlanFileInvalidError).problems).toEqual([
      "sheet 'Financial Summary', row 14, column E: 'abc': is not an amount",
      "sheet 'Financial Summary', row 15, column F: 'tbc': is not an amount",
    ]);
    expect(await versionNames()).toEqual(before);
    await expect(
      importRecoveryPlan(t.ctx, member('finance'), '314', Buffer.from('not a workbook'), {
        name: 'Bad copy',
      }),
    ).rejects.toThrow('is not an Excel workbook');
  });

  it('lets a viewer export but not import', async () => {
    await expect(
      importRecoveryPlan(t.ctx, member('viewer'), '314', exported, { name: 'Viewer copy' }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
