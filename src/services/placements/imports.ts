import { z } from 'zod';
import { placementCategories } from '../../core/benchmark/placementCategories';
import { parseIsoDate } from '../../core/periods';
import { settingTypeOf, type Placement } from '../../core/placements';
import { readPlacementRegister } from '../../io/placements/readRegister';
import { describeRegisterError, type RegisterRowError } from '../../io/placements/validateRows';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, NotFoundError, ServiceError } from '../errors';
import type { Actor } from '../permissions';
import { readingUpload } from '../uploads';
import { text } from '../fields';
import { parseInput } from '../validation';
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

const isoDate = z
  .string()
  .trim()
  .refine((text) => {
    try {
      parseIsoDate(text);
      return true;
    } catch {
      return false;
    }
  }, 'must be a date written YYYY-MM-DD');

const importInput = z
  .object({
    asAt: isoDate,
    replace: z.boolean().default(false),
    source: text('the source', { required: false }).optional(),
    /** Made-up rows (the demo loader's); never set from a person's upload. */
    synthetic: z.boolean().default(false),
  })
  .strict();

/** How an API or CLI shows a snapshot: counts only. */
export function snapshotView(s: StoredSnapshot) {
  return {
    asAt: s.asAt,
    source: s.source,
    placements: s.placements,
    children: s.children,
    createdAt: s.createdAt.toISOString(),
    synthetic: s.synthetic,
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
  const { asAt, replace, source, synthetic } = parseInput(importInput, input);
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
): Promise<void> {
  const council = await requireCouncil(ctx, actor, code, 'send.edit');
  await inTransaction(ctx, async (trx) => {
    const existing = await findSnapshot(trx, council.id, asAt);
    if (!existing) throw new NotFoundError(`${council.name} has no placement register as at ${asAt}.`);
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
