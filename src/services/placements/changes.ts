import { z } from 'zod';
import { annualCost, registerChanges, settingTypeOf, type Placement } from '../../core/placements';
import type { ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import { can, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { findSnapshot, loadPlacements } from './repository';
import { optionalDate } from './summary';

const changesInput = z.object({ from: optionalDate, to: optionalDate });

async function requireExact(ctx: ServiceContext, council: Council, asAt: string) {
  const snapshot = await findSnapshot(ctx.db, council.id, asAt);
  if (!snapshot) throw new NotFoundError(`${council.name} has no placement register as at ${asAt}.`);
  return snapshot;
}

const brief = (p: Placement) => ({
  childId: p.childId,
  provider: p.provider,
  settingType: p.settingType,
  category: settingTypeOf(p.settingType).category,
  startDate: p.startDate,
  endDate: p.endDate,
  annualCost: annualCost(p),
});

/**
 * What changed between the snapshots at `from` and `to`: counts and full-year effects for any role in
 * the council; the placements themselves (pseudonymised ids) only for roles that may read records.
 */
export async function placementChanges(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const query = parseInput(changesInput, input);
  if (!query.from || !query.to)
    throw new ValidationError('Give both dates: from and to (YYYY-MM-DD).', query.from ? 'to' : 'from');
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const from = await requireExact(ctx, council, query.from);
  const to = await requireExact(ctx, council, query.to);
  const changes = registerChanges(
    await loadPlacements(ctx.db, from.id),
    from.asAt,
    await loadPlacements(ctx.db, to.id),
    to.asAt,
  );
  const showRecords = can(actor, 'placements.readRecords', council.id);
  return {
    from: from.asAt,
    to: to.asAt,
    counts: {
      added: changes.added.length,
      ceased: changes.ceased.length,
      costChanges: changes.costChanges.length,
    },
    fullYearEffect: changes.fullYearEffect,
    records: showRecords
      ? {
          added: changes.added.map(brief),
          ceased: changes.ceased.map(brief),
          costChanges: changes.costChanges.map((c) => ({
            ...brief(c.after),
            before: annualCost(c.before),
            after: annualCost(c.after),
            annualCostChange: c.annualCostChange,
            annualContributionsChange: c.annualContributionsChange,
          })),
        }
      : null,
  };
}

/** What changed between two registers (the placements themselves only for roles that may read records). */
export type ChangesView = Awaited<ReturnType<typeof placementChanges>>;
