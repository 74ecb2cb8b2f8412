import { z } from 'zod';
import { annualCost, categoryNames, registerChanges, settingTypeOf } from '../../core/placements';
import { readPlacementRegister } from '../../io/placements/readRegister';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { readingUpload } from '../uploads';
import { parseInput } from '../validation';
import { PlacementFileInvalidError } from './imports';
import { findSnapshot, latestSnapshot, loadPlacements } from './repository';
import { settingsFor } from './settings';
import { optionalDate } from './summary';

const previewInput = z.object({ asAt: optionalDate }).strict();

/** How many rows a preview shows (the file's first ones). */
export const previewRows = 25;

/**
 * Checks a register file without saving it, for the import page: every problem (as the import would
 * refuse it: PlacementFileInvalidError), or its counts, its first rows, whether a register of that date
 * exists already, and what would change against the register in force before it. Nothing is written, so
 * nothing is audited; the rows are child-level, so it needs the import role.
 */
export async function previewPlacements(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  content: Uint8Array,
  input: unknown,
) {
  const { asAt } = parseInput(previewInput, input);
  if (!asAt)
    throw new PlacementFileInvalidError([
      { row: 1, column: '', value: '', message: 'give the date the register is as at (YYYY-MM-DD)' },
    ]);
  const council = await requireCouncil(ctx, actor, code, 'placements.import');
  const settings = await settingsFor(ctx.db, council.id);
  const result = await readingUpload(() =>
    readPlacementRegister(content, { asAt, categoryMap: settings.categoryMap }),
  );
  if (!result.ok) throw new PlacementFileInvalidError(result.errors);
  const placements = result.data;
  // Counts by DfE category name, every category present, in the benchmarking tool's order.
  const byCategory: Record<string, number> = Object.fromEntries(
    Object.values(categoryNames).map((name) => [name, 0]),
  );
  for (const p of placements) {
    const category = categoryNames[settingTypeOf(p.settingType).category];
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  const existing = await findSnapshot(ctx.db, council.id, asAt);
  const earlier = await latestSnapshot(ctx.db, council.id, asAt);
  const before = earlier && earlier.asAt < asAt ? earlier : undefined;
  const changes = before
    ? registerChanges(await loadPlacements(ctx.db, before.id), before.asAt, placements, asAt)
    : null;
  return {
    asAt,
    placements: placements.length,
    children: new Set(placements.map((p) => p.childId.toUpperCase())).size,
    byCategory,
    replaces: existing ? { asAt: existing.asAt, placements: existing.placements } : null,
    changes:
      changes && before
        ? {
            from: before.asAt,
            added: changes.added.length,
            ceased: changes.ceased.length,
            costChanges: changes.costChanges.length,
            fullYearEffect: changes.fullYearEffect,
          }
        : null,
    rows: placements.slice(0, previewRows).map((p) => ({
      childId: p.childId,
      dateOfBirth: p.dateOfBirth,
      primaryNeed: p.primaryNeed,
      settingType: p.settingType,
      /** The DfE category's name, as the summary keys them. */
      category: categoryNames[settingTypeOf(p.settingType).category],
      provider: p.provider,
      inBorough: p.inBorough,
      startDate: p.startDate,
      endDate: p.endDate,
      annualCost: annualCost(p),
    })),
  };
}

/** A register file checked but not saved: its counts, first rows and what it would change. */
export type PreviewView = Awaited<ReturnType<typeof previewPlacements>>;
