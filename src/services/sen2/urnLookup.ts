import { z } from 'zod';
import { findSettingType } from '../../core/placements';
import { readUrnLookup, writeUrnLookup, type UrnLookupRow } from '../../io/sen2/readUrnLookup';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError, ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';

// The council's URN lookup: establishments its placement register does not name, with their setting
// types, so the return's URNs resolve. Read by any role (it names schools, not children); changed by
// those who import the return; every change audited.

/** A lookup file with problems: every one listed, nothing changed (400). */
export class UrnLookupInvalidError extends ServiceError {
  readonly problems: string[];
  constructor(errors: ReadonlyArray<{ row: number; column: string; value: string; message: string }>) {
    const problems = errors.map(
      (e) =>
        `row ${String(e.row)}${e.column ? `, column ${e.column}` : ''}${e.value ? ` ('${e.value}')` : ''}: ${e.message}`,
    );
    super(
      `The URN lookup file has ${String(errors.length)} problem${errors.length === 1 ? '' : 's'}; nothing was changed:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      400,
    );
    this.problems = problems;
  }
}

async function rowsOf(ctx: ServiceContext, councilId: number): Promise<UrnLookupRow[]> {
  const rows = await ctx.db
    .selectFrom('sen2_urn_lookup')
    .select(['key', 'key_kind', 'setting_type', 'name'])
    .where('council_id', '=', councilId)
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, keyKind: r.key_kind, settingType: r.setting_type, name: r.name }));
}

/** The council's lookup rows, by URN or UKPRN. */
export async function listUrnLookup(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return rowsOf(ctx, council.id);
}

/** The lookup as a CSV file in its documented columns. */
export async function downloadUrnLookup(ctx: ServiceContext, actor: Actor, code: string): Promise<string> {
  return writeUrnLookup(await listUrnLookup(ctx, actor, code));
}

const entryInput = z
  .object({
    settingType: z.string().trim().min(1, 'is required'),
    name: z.string().trim().max(200).nullable().optional(),
  })
  .strict();

const keyKindOf = (key: string): 'urn' | 'ukprn' => {
  if (/^\d{6}$/.test(key)) return 'urn';
  if (/^\d{8}$/.test(key)) return 'ukprn';
  throw new ValidationError(`'${key}' is neither a URN (6 digits) nor a UKPRN (8 digits).`, 'key');
};

/** Adds or changes one establishment (URN or UKPRN in the path). */
export async function putUrnLookupEntry(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  key: string,
  input: unknown,
) {
  const data = parseInput(entryInput, input);
  const keyKind = keyKindOf(key.trim());
  const type = findSettingType(data.settingType);
  if (!type)
    throw new ValidationError(
      `settingType: '${data.settingType}' is not a setting type (docs/formats/placements.md lists them).`,
      'settingType',
    );
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  return inTransaction(ctx, async (trx) => {
    const before = await trx
      .selectFrom('sen2_urn_lookup')
      .select(['setting_type', 'name'])
      .where('council_id', '=', council.id)
      .where('key', '=', key.trim())
      .executeTakeFirst();
    const values = {
      key_kind: keyKind,
      setting_type: type.code,
      name: data.name ?? null,
      updated_at: ctx.now(),
    };
    await trx
      .insertInto('sen2_urn_lookup')
      .values({ council_id: council.id, key: key.trim(), ...values })
      .onConflict((oc) => oc.columns(['council_id', 'key']).doUpdateSet(values))
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'create',
      entity: 'sen2-urn',
      entityId: key.trim(),
      before: before ? { settingType: before.setting_type, name: before.name } : null,
      after: { settingType: type.code, name: data.name ?? null },
    });
    return { key: key.trim(), keyKind, settingType: type.code, name: data.name ?? null };
  });
}

/** Removes one establishment from the lookup. */
export async function deleteUrnLookupEntry(ctx: ServiceContext, actor: Actor, code: string, key: string) {
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  await inTransaction(ctx, async (trx) => {
    const gone = await trx
      .deleteFrom('sen2_urn_lookup')
      .where('council_id', '=', council.id)
      .where('key', '=', key)
      .returning(['setting_type', 'name'])
      .executeTakeFirst();
    if (!gone) throw new NotFoundError(`${council.name}'s URN lookup has no ${key}.`);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'sen2-urn',
      entityId: key,
      before: { settingType: gone.setting_type, name: gone.name },
    });
  });
}

/** Replaces the whole lookup with a file's rows: all or nothing, audited with counts. */
export async function importUrnLookup(ctx: ServiceContext, actor: Actor, code: string, text: string) {
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  const read = readUrnLookup(text);
  if (!read.ok) throw new UrnLookupInvalidError(read.errors);
  return inTransaction(ctx, async (trx) => {
    const before = await rowsOf({ ...ctx, db: trx }, council.id);
    await trx.deleteFrom('sen2_urn_lookup').where('council_id', '=', council.id).execute();
    // 6 parameters a row: 2,000 rows a statement stays far below PostgreSQL's 65,535.
    for (let i = 0; i < read.data.length; i += 2000)
      await trx
        .insertInto('sen2_urn_lookup')
        .values(
          read.data.slice(i, i + 2000).map((r) => ({
            council_id: council.id,
            key: r.key,
            key_kind: r.keyKind,
            setting_type: r.settingType,
            name: r.name,
            updated_at: ctx.now(),
          })),
        )
        .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'replace',
      entity: 'sen2-urn-lookup',
      entityId: council.code,
      before: { entries: before.length },
      after: { entries: read.data.length },
    });
    return read.data;
  });
}
