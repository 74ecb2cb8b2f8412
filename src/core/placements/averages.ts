import { divideRounded, type Pence } from '../money';
import { academicYearOf, type IsoDate } from '../periods';
import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';
import { councilCategoryOf, type CouncilCategoryMap } from './councilCategories';
import { phaseOf, phases, type Phase } from './phase';
import { annualCost, isActiveOn, type Placement } from './placement';
import { settingTypeOf } from './settingTypes';

// Average placement cost, as Kingston's KPIs 25-34 use it: the mean annual gross cost (place funding +
// top-up + other, before partner contributions) of the placements open on the as-at date. Placements
// that ended before it or start after it are left out: they are not part of the current cohort.
// Means are rounded half away from zero to the penny; reports show whole pounds.

/** A count, a total and their mean (null when there is nothing to average). */
export interface AverageCost {
  readonly count: number;
  readonly total: Pence;
  readonly average: Pence | null;
}

/** The mean of a total over a count, to the penny; null for a count of 0. */
export function averageOf(total: Pence, count: number): Pence | null {
  if (count === 0) return null;
  return Number(divideRounded(BigInt(total), BigInt(count)));
}

function collect<K extends string>(
  placements: readonly Placement[],
  asAt: IsoDate,
  keyOf: (p: Placement) => K | null,
  keys: readonly K[] = [],
): Record<K, AverageCost> {
  const sums = new Map<K, { count: number; total: Pence }>(keys.map((k) => [k, { count: 0, total: 0 }]));
  for (const p of placements) {
    if (!isActiveOn(p, asAt)) continue;
    const key = keyOf(p);
    if (key === null) continue;
    const sum = sums.get(key) ?? { count: 0, total: 0 };
    sum.count += 1;
    sum.total += annualCost(p);
    sums.set(key, sum);
  }
  const out = {} as Record<K, AverageCost>;
  for (const [key, { count, total }] of sums) out[key] = { count, total, average: averageOf(total, count) };
  return out;
}

/** Average annual cost by the DfE's seven placement categories (every category present, maybe empty). */
export function averageCostByCategory(
  placements: readonly Placement[],
  asAt: IsoDate,
): Record<PlacementCategory, AverageCost> {
  return collect(placements, asAt, (p) => settingTypeOf(p.settingType).category, placementCategories);
}

/** Average annual cost by phase (< 16, > 16 by age on 31 August before the as-at date's academic year). */
export function averageCostByPhase(
  placements: readonly Placement[],
  asAt: IsoDate,
): Record<Phase, AverageCost> {
  const ay = academicYearOf(asAt);
  return collect(placements, asAt, (p) => phaseOf(p, ay), phases);
}

/** Average annual cost by DfE category within each phase (every category and phase present). */
export function averageCostByCategoryAndPhase(
  placements: readonly Placement[],
  asAt: IsoDate,
): Record<PlacementCategory, Record<Phase, AverageCost>> {
  const ay = academicYearOf(asAt);
  const byPhase = Object.fromEntries(
    phases.map((phase) => [
      phase,
      averageCostByCategory(
        placements.filter((p) => phaseOf(p, ay) === phase),
        asAt,
      ),
    ]),
  ) as Record<Phase, Record<PlacementCategory, AverageCost>>;
  return Object.fromEntries(
    placementCategories.map((category) => [
      category,
      { under16: byPhase.under16[category], over16: byPhase.over16[category] },
    ]),
  ) as Record<PlacementCategory, Record<Phase, AverageCost>>;
}

/** Average annual cost by the council's own categories, in the map's order (placements matching none are left out). */
export function averageCostByCouncilCategory(
  placements: readonly Placement[],
  asAt: IsoDate,
  map: CouncilCategoryMap,
): Record<string, AverageCost> {
  const ay = academicYearOf(asAt);
  return collect(
    placements,
    asAt,
    (p) => councilCategoryOf(p, phaseOf(p, ay), map),
    map.rules.map((r) => r.id),
  );
}

/**
 * Average cost of an EHCP (Kingston's KPI 37): spend divided by the number of plans. Seed 003's
 * baseline is total High Needs spend over the EHCP count (£30,270,400 / 1,429 = £21,183).
 */
export function averageCostOfEhcp(spend: Pence, ehcps: number): Pence | null {
  return averageOf(spend, ehcps);
}

/** The children with a placement open on a date (one EHCP each, however many placements). */
export function childrenOn(placements: readonly Placement[], asAt: IsoDate): number {
  return new Set(placements.filter((p) => isActiveOn(p, asAt)).map((p) => p.childId.toUpperCase())).size;
}
