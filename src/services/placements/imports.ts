import { z } from 'zod';
import { placementCategories } from '../../core/benchmark/placementCategories';
import { settingTypeOf, type Placement } from '../../core/placements';
import { readPlacementRegister } from '../../io/placements/readRegister';
import { describeRegisterError, type RegisterRowError } from '../../io/placements/validateRows';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, NotFoundError, ServiceError } from '../errors';
import type { Actor } from '../permissions';
import { checkedRevision, requireFresh, takeExpectedRevision } from '../rowVersion';
import { readingUpload } from '../uploads';
import { text } from '../fields';
import { isoDateInput, parseInput } from '../validation';
import { deleteSnapshot, findSnapshot, insertSnapshot, type StoredSnapshot } from './repository';
import { settingsFor } from './settings';

/** A register file with problems: every one is listed and nothing was imported (the API answers 400). */
export class PlacementFileInvalidError extends ServiceError {
  /** The same problems as sentences ("row 14, column top_up: '12,5OO' is not an amount"). */
  readonly problems: string[];
  constructor(readonly errors: RegisterRowError[]) {
    const problems = errors.map(describeRegisterError);
    super(
      `The placement register has ${String(errors.length)} problem${errors.length === 1 ? '' : 's'}; nothing was imported:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      400,
    );
    this.problems = problems;
  }
}

const importInput = z
  .object({
    asAt: isoDateInput,
    replace: z.boolean().default(false),
    source: text('the source', { required: false }).optional(),
    /** Made-up rows (the demo loader's); never set from a person's upload. */
    synthetic: z.boolean().default(false),
    /** The revision of the register being replaced, as the client read it. */
    expectedRevision: z.unknown().optional(),
  })
  .strict();

/** A snapshot's row version: replacing it is its only change; who and when are its importer's. */
const snapshotVersion = (s: StoredSnapshot) => ({
  revision: s.revision,
  updatedBy: s.createdBy,
  updatedAt: s.createdAt,
});

/** How an API or CLI shows a snapshot: counts only. */
export function snapshotView(s: StoredSnapshot) {
  return {
    asAt: s.asAt,
    source: s.source,
    placements: s.placements,
    children: s.children,
    createdAt: s.createdAt.toISOString(),
    synthetic: s.synthetic,
    revision: s.revision,
  };
}

function countsOf(placements: readonly Placement[]) {
  const byCategory = Object.fromEntries(placementCategories.map((c) => [c, 0])) as Record<string, number>;
  for (const p of placements) byCategory[settingTypeOf(p.settingType).category]! += 1;
  return {
    placements: placements.length,
    children: new Set(placements.map((p) => p.childId.toUpperCase())).size,
    byCategory,
  };
}

/**
 * Imports a register file (CSV or XLSX) as the council's snapshot at `asAt`: every row is checked and any
 * problem means nothing is saved. One transaction; audited with counts only, never child-level data.
 * An existing snapshot of the same date is replaced only when asked.
 */
export async function importPlacements(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  content: Uint8Array,
  input: unknown,
) {
  const { asAt, replace, source, synthetic, expectedRevision } = parseInput(importInput, input);
  const expected = checkedRevision(expectedRevision);
  const council = await requireCouncil(ctx, actor, code, 'placements.import');
  const settings = await settingsFor(ctx.db, council.id);
  const result = await readingUpload(() =>
    readPlacementRegister(content, { asAt, categoryMap: settings.categoryMap }),
  );
  if (!result.ok) throw new PlacementFileInvalidError(result.errors);
  const counts = countsOf(result.data);
  return inTransaction(ctx, async (trx) => {
    const existing = await findSnapshot(trx, council.id, asAt);
    if (existing && !replace)
      throw new ConflictError(
        `${council.name} already has a placement register as at ${asAt}. Replace it explicitly, or import with another date.`,
        'asAt',
      );
    requireFresh(
      expected,
      existing && snapshotVersion(existing),
      `the placement register as at ${asAt}`,
      existing ? snapshotView(existing) : null,
    );
    if (existing) await deleteSnapshot(trx, existing.id);
    const id = await insertSnapshot(
      trx,
      council.id,
      {
        asAt,
        source: source ?? null,
        createdBy: actorLabel(actor).email,
        children: counts.children,
        synthetic,
        revision: (existing?.revision ?? 0) + 1,
      },
      result.data,
    );
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'import',
      entity: 'placement-snapshot',
      entityId: asAt,
      before: existing ? { placements: existing.placements, children: existing.children } : null,
      after: counts,
    });
    const stored = await findSnapshot(trx, council.id, asAt);
    if (stored?.id !== id) throw new Error('the snapshot just saved cannot be read back');
    return snapshotView(stored);
  });
}

/** Deletes the council's snapshot at a date (SEND service or admin); audited. */
export async function deletePlacementSnapshot(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  asAt: string,
  options: unknown = {},
): Promise<void> {
  const { expected } = takeExpectedRevision(options);
  const council = await requireCouncil(ctx, actor, code, 'send.edit');
  await inTransaction(ctx, async (trx) => {
    const existing = await findSnapshot(trx, council.id, asAt);
    if (!existing) throw new NotFoundError(`${council.name} has no placement register as at ${asAt}.`);
    requireFresh(
      expected,
      snapshotVersion(existing),
      `the placement register as at ${asAt}`,
      snapshotView(existing),
    );
    await deleteSnapshot(trx, existing.id);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'placement-snapshot',
      entityId: asAt,
      before: { placements: existing.placements, children: existing.children },
    });
  });
}

/** A register snapshot as listed: its date, file, counts and whether it is made up. */
export type SnapshotView = ReturnType<typeof snapshotView>;
