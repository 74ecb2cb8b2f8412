import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';

/**
 * The DfE's seven placement categories in the words of the placement register's summary (issue 5's
 * contract: the JSON of `placements summary` is keyed by these), in the benchmarking tool's order.
 */
export const categoryNames: Record<PlacementCategory, string> = {
  mainstream: 'mainstream',
  resourcedProvision: 'resourced provision or SEN unit',
  specialMaintained: 'maintained special or special academy',
  independent: 'non-maintained or independent special',
  hospitalAp: 'hospital or alternative provision',
  post16: 'post-16 and further education',
  other: 'other',
};

/** A record keyed by category id, re-keyed by the categories' names (same order). */
export function byCategoryName<T>(byId: Readonly<Record<PlacementCategory, T>>): Record<string, T> {
  return Object.fromEntries(placementCategories.map((id) => [categoryNames[id], byId[id]]));
}
