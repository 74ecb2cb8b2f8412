import type { RecoveryPlanDocument } from '../../core/finance';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError } from '../errors';
import type { Actor } from '../permissions';
import { refuseUnlessEditable, requireVersion } from './versions';

/** Stores (or replaces) the narrative and EHCP tables of a 2019 recovery plan beside its plan version. */
export async function saveRecoveryPlanDocument(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  doc: RecoveryPlanDocument,
) {
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  await inTransaction(ctx, async (trx) => {
    const version = await requireVersion({ ...ctx, db: trx }, council, doc.planVersion);
    const existing = await trx
      .selectFrom('recovery_plan_documents')
      .select('id')
      .where('version_id', '=', version.id)
      .executeTakeFirst();
    if (existing) await refuseUnlessEditable(trx, version);
    const content = JSON.stringify({ ...doc, council: council.code });
    if (existing)
      await trx
        .updateTable('recovery_plan_documents')
        .set({ content })
        .where('id', '=', existing.id)
        .execute();
    else
      await trx
        .insertInto('recovery_plan_documents')
        .values({ council_id: council.id, version_id: version.id, content })
        .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'create',
      entity: 'recovery-plan-document',
      entityId: doc.planVersion,
      after: { narrative: doc.narrative.length, ehcpYears: doc.ehcpTable.length },
    });
  });
}

/** The recovery plan document stored with a version. */
export async function getRecoveryPlanDocument(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  versionName: string,
): Promise<RecoveryPlanDocument> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const version = await requireVersion(ctx, council, versionName);
  const row = await ctx.db
    .selectFrom('recovery_plan_documents')
    .select('content')
    .where('version_id', '=', version.id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`"${versionName}" has no recovery plan document.`);
  return row.content as RecoveryPlanDocument;
}
