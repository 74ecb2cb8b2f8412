import { placementCategories, type PlacementCategory } from '../../core/benchmark/placementCategories';
import type { PartRef } from '../../core/benchmark/measure';
import { series } from '../../core/benchmark/series';
import { summariseCensus } from '../../core/sen2/census';
import { censusHistory } from '../../core/sen2/history';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { loadSeriesStore, storedPeriods } from '../national/nationalStore';
import type { Actor } from '../permissions';
import { loadCouncilReturns } from './storedReturns';

// Each January census the council's returns give, beside the DfE's published caseload for the council
// (the EHCP statistics release, imported as national data): the total and the seven placement
// categories, and the difference. The DfE publishes from the same return, so an own-return January
// should agree closely; a rebuilt one is a lower bound and will fall short.

type Figures = { total: number | null; byCategory: Record<PlacementCategory, number | null> };

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The census of every January the returns tell, against the published caseload. */
export async function sen2Reconciliation(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const returns = await loadCouncilReturns(ctx.db, council);
  const history = censusHistory(returns.byYear, returns.lookups);
  const periods = await storedPeriods(ctx.db);
  const ids = [series.caseload, ...placementCategories.map((c) => series.placement(c))];
  const years = history.januaries.map((j) => String(j.year));
  const wanted: PartRef[] = ids.flatMap((id) => years.map((period) => ({ series: id, period })));
  const store = await loadSeriesStore(ctx.db, periods, wanted);
  const published = (year: number): Figures | null => {
    const value = (id: string) => store.get(id, council.code, String(year))?.value ?? null;
    const total = value(series.caseload);
    if (total === null && store.get(series.caseload, council.code, String(year)) === undefined) return null;
    return {
      total,
      byCategory: Object.fromEntries(
        placementCategories.map((c) => [c, value(series.placement(c))]),
      ) as Figures['byCategory'],
    };
  };
  return {
    synthetic: returns.synthetic,
    januaries: history.januaries.map((j) => {
      const census = summariseCensus(j.date, j.records);
      const dfe = published(j.year);
      return {
        year: j.year,
        date: j.date,
        source: j.source,
        fromReturn: j.fromReturn,
        note: j.note,
        census: { total: census.total, byCategory: census.byCategory },
        published: dfe,
        difference: dfe && {
          total: minus(census.total, dfe.total),
          byCategory: Object.fromEntries(
            placementCategories.map((c) => [c, minus(census.byCategory[c], dfe.byCategory[c])]),
          ) as Figures['byCategory'],
        },
      };
    }),
    notRebuilt: history.notRebuilt,
    publishedNote: periods.has(series.caseload)
      ? 'published: the DfE\'s "Education, health and care plans" caseload for the council (national data), later editions winning'
      : 'no EHCP statistics have been imported: run `highneeds national import` with a release zip to compare',
  };
}
