import { z } from 'zod';
import {
  financialYearEnd,
  financialYearOf,
  parseFinancialYear,
  parseIsoDate,
  previousFinancialYear,
} from '../../core/periods';
import {
  byCategoryName,
  categoryNames,
  partnerLabels,
  phaseLabels,
  summarisePlacements,
  type AverageCost,
  type Phase,
  type PlacementSummary,
} from '../../core/placements';
import type { ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { NotFoundError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { snapshotView } from './imports';
import { latestSnapshot, loadPlacements, type StoredSnapshot } from './repository';
import { settingsFor } from './settings';

const checked = <T>(parse: (text: string) => T, message: string) =>
  z
    .string()
    .trim()
    .refine((text) => {
      try {
        parse(text);
        return true;
      } catch {
        return false;
      }
    }, message);

/** An optional ISO date query parameter. */
export const optionalDate = checked(parseIsoDate, 'must be a date written YYYY-MM-DD').optional();

const summaryInput = z.object({
  asAt: optionalDate,
  year: checked(parseFinancialYear, 'must be a financial year such as 2021-22').optional(),
});

/** The snapshot in force at a date (the latest on or before it; the latest of all when no date), or a 404. */
export async function requireSnapshotAt(
  ctx: ServiceContext,
  council: Council,
  asAt: string | undefined,
): Promise<StoredSnapshot> {
  const snapshot = await latestSnapshot(ctx.db, council.id, asAt);
  if (!snapshot)
    throw new NotFoundError(
      `${council.name} has no placement register${asAt ? ` as at ${asAt} or before` : ''}. Import one first.`,
    );
  return snapshot;
}

/**
 * The summary with labels for every key it uses, as the API and the CLI's JSON show it. The averages by
 * DfE category are keyed by the categories' names ("mainstream", "resourced provision or SEN unit", ...:
 * issue 5's contract); `labels.categories` gives each category id's name, for the record filters.
 */
export interface PlacementSummaryView
  extends Omit<
    PlacementSummary,
    'averageCostByCategory' | 'averageCostByCategoryAndPhase' | 'spendByCategory'
  > {
  council: string;
  snapshot: ReturnType<typeof snapshotView>;
  averageCostByCategory: Record<string, AverageCost>;
  spendByCategory: Record<string, number>;
  averageCostByCategoryAndPhase: Record<string, Record<Phase, AverageCost>>;
  labels: {
    categories: Record<string, string>;
    councilCategories: Record<string, string>;
    phases: Record<string, string>;
    partners: Record<string, string>;
  };
}

/**
 * Aggregates of the register in force at `asAt` (any role in the council: no child-level data), for the
 * financial year `year` (default: the year of the snapshot's date). The change in partner contributions
 * compares with the latest snapshot dated within or before the previous financial year, when there is one.
 */
export async function placementSummary(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown = {},
): Promise<PlacementSummaryView> {
  const query = parseInput(summaryInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const snapshot = await requireSnapshotAt(ctx, council, query.asAt);
  const financialYear = query.year ? parseFinancialYear(query.year) : financialYearOf(snapshot.asAt);
  const settings = await settingsFor(ctx.db, council.id);
  const placements = await loadPlacements(ctx.db, snapshot.id);
  const previousYear = previousFinancialYear(financialYear);
  const earlier = await latestSnapshot(ctx.db, council.id, financialYearEnd(previousYear));
  const previous =
    earlier && earlier.id !== snapshot.id
      ? {
          placements: await loadPlacements(ctx.db, earlier.id),
          financialYear: previousYear,
          asAt: earlier.asAt,
        }
      : undefined;
  const summary = summarisePlacements(placements, {
    asAt: snapshot.asAt,
    financialYear,
    categoryMap: settings.categoryMap,
    notionalSenThreshold: settings.notionalSenThreshold,
    ...(previous ? { previous } : {}),
  });
  return {
    council: council.code,
    snapshot: snapshotView(snapshot),
    ...summary,
    averageCostByCategory: byCategoryName(summary.averageCostByCategory),
    spendByCategory: byCategoryName(summary.spendByCategory),
    averageCostByCategoryAndPhase: byCategoryName(summary.averageCostByCategoryAndPhase),
    labels: {
      categories: categoryNames,
      councilCategories: Object.fromEntries(settings.categoryMap.rules.map((r) => [r.id, r.label])),
      phases: phaseLabels,
      partners: partnerLabels,
    },
  };
}
