import { z } from 'zod';
import { placementCategories } from '../../core/benchmark/placementCategories';
import { academicYearOf } from '../../core/periods';
import {
  annualCost,
  councilCategoryOf,
  isActiveOn,
  phaseOf,
  phases,
  settingTypeOf,
  type Placement,
} from '../../core/placements';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { snapshotView } from './imports';
import { listSnapshots, loadPlacements } from './repository';
import { settingsFor } from './settings';
import { optionalDate, requireSnapshotAt } from './summary';

/** The council's register snapshots, oldest first: dates and counts only (any role in the council). */
export async function listPlacementSnapshots(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return (await listSnapshots(ctx.db, council.id)).map(snapshotView);
}

const recordsInput = z
  .object({
    asAt: optionalDate,
    category: z.enum(placementCategories).optional(),
    councilCategory: z.string().trim().max(64).optional(),
    phase: z.enum(phases).optional(),
    inBorough: z.enum(['yes', 'no']).optional(),
    /** Part of the provider's name, any case. */
    provider: z.string().trim().max(200).optional(),
    /** SEN2 primary need code. */
    need: z.string().trim().toUpperCase().max(8).optional(),
    status: z.enum(['open', 'all']).default('open'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/**
 * One page of the register's rows, filtered by DfE or council category, phase, in/out of borough, provider
 * (part of its name) and primary need with what follows from each (DfE and council category, phase, annual
 * cost): child-level data, so only the SEND service, finance and admin may read it. `status` open (the
 * default) keeps the placements open on the as-at date; all includes ended and future ones.
 */
export async function placementRecords(ctx: ServiceContext, actor: Actor, code: string, input: unknown = {}) {
  const query = parseInput(recordsInput, input);
  const council = await requireCouncil(ctx, actor, code, 'placements.readRecords');
  const snapshot = await requireSnapshotAt(ctx, council, query.asAt);
  const { categoryMap } = await settingsFor(ctx.db, council.id);
  const ay = academicYearOf(snapshot.asAt);
  const rows = (await loadPlacements(ctx.db, snapshot.id)).map((p) =>
    recordView(p, snapshot.asAt, ay, categoryMap),
  );
  const matching = rows.filter(
    (r) =>
      (query.status === 'all' || r.open) &&
      (query.category === undefined || r.category === query.category) &&
      (query.councilCategory === undefined || r.councilCategory === query.councilCategory) &&
      (query.phase === undefined || r.phase === query.phase) &&
      (query.inBorough === undefined || r.inBorough === (query.inBorough === 'yes')) &&
      (!query.provider || r.provider.toLowerCase().includes(query.provider.toLowerCase())) &&
      (!query.need || r.primaryNeed === query.need),
  );
  return {
    snapshot: snapshotView(snapshot),
    total: matching.length,
    offset: query.offset,
    limit: query.limit,
    records: matching.slice(query.offset, query.offset + query.limit),
  };
}

function recordView(
  p: Placement,
  asAt: string,
  ay: string,
  categoryMap: Parameters<typeof councilCategoryOf>[2],
) {
  const phase = phaseOf(p, ay);
  return {
    ...p,
    category: settingTypeOf(p.settingType).category,
    councilCategory: councilCategoryOf(p, phase, categoryMap),
    phase,
    annualCost: annualCost(p),
    open: isActiveOn(p, asAt),
  };
}

// What the web receives and sends.
/** One page of the register's rows (child-level: only for the roles that may read records). */
export type RecordsPageView = Awaited<ReturnType<typeof placementRecords>>;
/** One row of the register, with its DfE and council category, phase, annual cost and whether open. */
export type PlacementRecordView = RecordsPageView['records'][number];
/** The register page asked for: filters, page size and offset. */
export type RecordsQuery = z.input<typeof recordsInput>;
