import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import {
  councilCategoryMapProblems,
  defaultCategoryMap,
  notionalSenThreshold,
  phases,
  type CouncilCategoryMap,
} from '../../core/placements';
import type { Pence } from '../../core/money';
import type { Database } from '../../db/schema';
import { actorLabel, recordAudit } from '../audit';
import { requireFresh, rowVersionOf, takeExpectedRevision } from '../rowVersion';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';

/** A council's placement settings: its own categories and the notional SEN threshold. */
export interface PlacementSettings {
  categoryMap: CouncilCategoryMap;
  notionalSenThreshold: Pence;
  /** True while the council has not set its own (the defaults are Kingston's KPI categories and £6,000). */
  isDefault: boolean;
  /** The row version an edit sends back (0 while the council has not set its own). */
  revision: number;
}

/** The settings a council's imports and summaries use. */
export async function settingsFor(db: Kysely<Database>, councilId: number): Promise<PlacementSettings> {
  const row = await db
    .selectFrom('placement_settings')
    .selectAll()
    .where('council_id', '=', councilId)
    .executeTakeFirst();
  if (!row) return { categoryMap: defaultCategoryMap, notionalSenThreshold, isDefault: true, revision: 0 };
  return {
    categoryMap: row.category_map as CouncilCategoryMap,
    notionalSenThreshold: Number(row.notional_sen_threshold),
    isDefault: false,
    revision: row.revision,
  };
}

/** The council's placement settings (any role in the council). */
export async function getPlacementSettings(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
): Promise<PlacementSettings> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return settingsFor(ctx.db, council.id);
}

const rule = z
  .object({
    id: text('the category id', { max: 100, required: false }),
    label: text('the category label', { max: 100, required: false }),
    settingTypes: z.array(text('the setting type', { max: 100, required: false })).max(100),
    phase: z.enum(phases).optional(),
    inBorough: z.boolean().optional(),
    source: text('the source', { required: false }).optional(),
  })
  .strict();

const settingsInput = z
  .object({
    categoryMap: z
      .object({ name: text('the category map’s name'), rules: z.array(rule).max(50) })
      .strict()
      .optional(),
    notionalSenThreshold: z.number().int('must be whole pence').min(0).max(100_000_00).optional(),
  })
  .strict();

/** Sets the council's categories and/or threshold (SEND service or admin); checked and audited. */
export async function setPlacementSettings(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
): Promise<PlacementSettings> {
  const { expected, rest } = takeExpectedRevision(input);
  const changes = parseInput(settingsInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'send.edit');
  if (changes.categoryMap) {
    const problems = councilCategoryMapProblems(changes.categoryMap);
    if (problems.length > 0) throw new ValidationError(`categoryMap.${problems[0]!}`, 'categoryMap');
  }
  return inTransaction(ctx, async (trx) => {
    await trx
      .selectFrom('placement_settings')
      .select('council_id')
      .where('council_id', '=', council.id)
      .forUpdate()
      .execute();
    const before = await settingsFor(trx, council.id);
    const row = await trx
      .selectFrom('placement_settings')
      .select(['revision', 'updated_by', 'updated_at'])
      .where('council_id', '=', council.id)
      .executeTakeFirst();
    requireFresh(expected, row && rowVersionOf(row), `the placement settings of ${council.name}`, before);
    const after = {
      categoryMap: changes.categoryMap ?? before.categoryMap,
      notionalSenThreshold: changes.notionalSenThreshold ?? before.notionalSenThreshold,
    };
    const values = {
      category_map: JSON.stringify(after.categoryMap),
      notional_sen_threshold: after.notionalSenThreshold,
      updated_at: ctx.now(),
      updated_by: actorLabel(actor).email,
    };
    const { revision } = await trx
      .insertInto('placement_settings')
      .values({ council_id: council.id, ...values })
      .onConflict((oc) =>
        oc
          .column('council_id')
          .doUpdateSet({ ...values, revision: sql<number>`placement_settings.revision + 1` }),
      )
      .returning('revision')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'placement-settings',
      entityId: council.code,
      before: {
        categoryMap: before.categoryMap.name,
        categories: before.categoryMap.rules.length,
        notionalSenThreshold: before.notionalSenThreshold,
      },
      after: {
        categoryMap: after.categoryMap.name,
        categories: after.categoryMap.rules.length,
        notionalSenThreshold: after.notionalSenThreshold,
      },
    });
    return { ...after, isDefault: false, revision };
  });
}
