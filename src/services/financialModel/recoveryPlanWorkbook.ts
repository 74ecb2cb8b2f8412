import { z } from 'zod';
import { planToJson } from '../../io/financialModel/writePlanJson';
import {
  describeCellError,
  readRecoveryPlanWorkbook,
  RecoveryPlanFitError,
  writeRecoveryPlanWorkbook,
} from '../../io/recoveryPlan2019';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { getRecoveryPlanDocument, saveRecoveryPlanDocument } from './recoveryPlanDocuments';
import { openUploadedWorkbook } from './gridWorkbookService';
import { importVersion, loadVersionPlan, PlanFileInvalidError } from './versions';
import { workbookBytes } from '../../io/export';

/** The council's version that has a recovery plan document: the one to export when none is named. */
async function versionWithDocument(ctx: ServiceContext, council: Council): Promise<string> {
  const rows = await ctx.db
    .selectFrom('recovery_plan_documents')
    .innerJoin('plan_versions', 'plan_versions.id', 'recovery_plan_documents.version_id')
    .select('plan_versions.name')
    .where('recovery_plan_documents.council_id', '=', council.id)
    .orderBy('plan_versions.id')
    .execute();
  if (rows.length === 0)
    throw new NotFoundError(
      `${council.name} has no plan version with a recovery plan document: import one first.`,
    );
  if (rows.length > 1) {
    throw new ValidationError(
      `${council.name} has ${rows.length} versions with a recovery plan document (${rows.map((r) => `"${r.name}"`).join(', ')}): say which one to export.`,
      'version',
    );
  }
  return rows[0]!.name;
}

/**
 * A version and its recovery plan document as an .xlsx in the DfE 2019 template layout. Without a
 * version name, the council's one version that has a recovery plan document.
 */
export async function exportRecoveryPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  versionName?: string,
): Promise<Buffer> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const name = versionName ?? (await versionWithDocument(ctx, council));
  const plan = await loadVersionPlan(ctx, council, name);
  const doc = await getRecoveryPlanDocument(ctx, actor, code, name);
  try {
    return workbookBytes(writeRecoveryPlanWorkbook(plan, doc));
  } catch (error) {
    if (error instanceof RecoveryPlanFitError)
      throw new ValidationError(
        `"${name}" cannot be written on the DfE 2019 recovery plan template:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
        'version',
      );
    throw error;
  }
}

const importOptions = z
  .object({ name: z.string().trim().min(1).max(200).optional(), replace: z.boolean().default(false) })
  .strict();

/**
 * Imports a recovery plan workbook (as exported, or the council's own copy of the template) as a plan
 * version with its document. All or nothing, in one transaction: every bad cell is listed and nothing
 * is saved. The version is named `name`, else the workbook's title, else a default name.
 */
export async function importRecoveryPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  file: Buffer,
  options: unknown = {},
) {
  const { name, replace } = parseInput(importOptions, options);
  await requireCouncil(ctx, actor, code, 'finance.edit');
  const workbook = await openUploadedWorkbook(file);
  const result = readRecoveryPlanWorkbook(workbook);
  if (!result.ok) throw new PlanFileInvalidError(result.errors.map(describeCellError));
  return inTransaction(ctx, async (trx) => {
    const inner = { ...ctx, db: trx };
    const version = await importVersion(inner, actor, code, planToJson(result.plan), {
      replace,
      ...(name ? { name } : {}),
    });
    await saveRecoveryPlanDocument(inner, actor, code, { ...result.doc, planVersion: version.name });
    return version;
  });
}
