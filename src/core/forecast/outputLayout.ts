import { ageBands } from '../benchmark/ageBands';
import { placementCategories } from '../benchmark/placementCategories';
import { ageBandIndexOfNcy } from './ageGroup';
import type { ModelParameters } from './modelParameters';

// Each simulated year is reduced, inside the simulation, to a fixed list of numbers ("series"): totals
// and breakdowns are summed per simulation before any statistics (witan.send design record 0001), so a
// breakdown's quantiles are quantiles of real simulated values, never sums of quantiles.

/** A named block of series: the total, or a breakdown with one series per key. */
export interface OutputGroup {
  readonly name: OutputGroupName;
  readonly offset: number;
  readonly keys: readonly string[];
}

/** The breakdowns recorded per simulated year. */
export type OutputGroupName =
  | 'total'
  | 'byNcy'
  | 'byAgeGroup'
  | 'byNeed'
  | 'bySetting'
  | 'costPence'
  | 'costPenceBySetting'
  | 'joiners'
  | 'leavers'
  | 'movers'
  | 'unrecordedExits'
  | 'byPlacementCategory'
  | 'byCategoryAndAgeGroup'
  | 'byCategoryAndNeed'
  | 'costPenceByCategory'
  | 'placesOverCap'
  | 'capRedirected';

/** The key of pupils in settings the category mapping leaves out. */
export const UNMAPPED = 'unmapped';

/** Keys of a two-way breakdown: `category|band` or `category|need`. */
export const pairKey = (category: string, other: string): string => `${category}|${other}`;

/** The category keys of a model: the seven DfE categories, and `unmapped` when any setting is left out. */
export function categoryKeys(parameters: ModelParameters): string[] {
  const keys: string[] = [...placementCategories];
  if (parameters.settingCategory.some((c) => c < 0)) keys.push(UNMAPPED);
  return keys;
}

/** Where each series sits in a simulated year's record. */
export interface OutputLayout {
  readonly seriesCount: number;
  readonly groups: readonly OutputGroup[];
  group(name: OutputGroupName): OutputGroup;
}

/** The layout for a model's state space. */
export function outputLayoutOf(parameters: ModelParameters): OutputLayout {
  const { space } = parameters;
  const ncys = Array.from({ length: space.ncyCount }, (_, i) => String(space.ncyMin + i));
  const categories = categoryKeys(parameters);
  const blocks: Array<[OutputGroupName, readonly string[]]> = [
    ['total', ['total']],
    ['byNcy', ncys],
    ['byAgeGroup', ageBands],
    ['byNeed', space.needs],
    ['bySetting', space.settings],
    ['costPence', ['total']],
    ['costPenceBySetting', space.settings],
    ['joiners', ['total']],
    ['leavers', ['total']],
    ['movers', ['total']],
    ['unrecordedExits', ['total']],
    ['byPlacementCategory', categories],
    ['byCategoryAndAgeGroup', categories.flatMap((c) => ageBands.map((band) => pairKey(c, band)))],
    ['byCategoryAndNeed', categories.flatMap((c) => space.needs.map((need) => pairKey(c, need)))],
    ['costPenceByCategory', categories],
    ['placesOverCap', parameters.adjustments.cappedSettings.map((s) => space.settings[s] as string)],
    ['capRedirected', ['total']],
  ];
  const groups: OutputGroup[] = [];
  let offset = 0;
  for (const [name, keys] of blocks) {
    groups.push({ name, offset, keys });
    offset += keys.length;
  }
  const byName = new Map(groups.map((g) => [g.name, g]));
  return { seriesCount: offset, groups, group: (name) => byName.get(name) as OutputGroup };
}

/** Counts moved in a simulated year, recorded beside its population. */
export interface YearFlows {
  joiners: number;
  leavers: number;
  movers: number;
  /** witan.send's silent deletions (Q1): pupils who vanish without being counted as leavers. */
  unrecordedExits: number;
  /** Scenario caps: arrivals sent elsewhere because their setting was full. */
  capRedirected?: number;
  /** Scenario caps: pupils over each capped setting's places (AdjustmentPlan.cappedSettings order). */
  overCap?: Float64Array;
}

/** Flows set to zero, sized for a model's caps. */
export function emptyFlows(parameters: ModelParameters): YearFlows {
  return {
    joiners: 0,
    leavers: 0,
    movers: 0,
    unrecordedExits: 0,
    capRedirected: 0,
    overCap: new Float64Array(parameters.adjustments.cappedSettings.length),
  };
}

/** Writes one simulated year's series into `out` from `offset`, from its population by cell. */
export function recordYear(
  layout: OutputLayout,
  parameters: ModelParameters,
  population: Int32Array,
  flows: YearFlows,
  out: Float64Array,
  offset: number,
  yearIndex = 0,
): void {
  const { space, cellCostPence, settingCategory } = parameters;
  const cellCost = yearIndex * space.cellCount;
  const needCount = space.needs.length;
  const unmapped = placementCategories.length;
  const settingCount = space.settings.length;
  const at = (name: OutputGroupName) => offset + layout.group(name).offset;
  const total = at('total');
  const byNcy = at('byNcy');
  const byAgeGroup = at('byAgeGroup');
  const byNeed = at('byNeed');
  const bySetting = at('bySetting');
  const cost = at('costPence');
  const costBySetting = at('costPenceBySetting');
  const byCategory = at('byPlacementCategory');
  const byCategoryAge = at('byCategoryAndAgeGroup');
  const byCategoryNeed = at('byCategoryAndNeed');
  const costByCategory = at('costPenceByCategory');
  out.fill(0, offset, offset + layout.seriesCount);
  for (let ncyIndex = 0; ncyIndex < space.ncyCount; ncyIndex += 1) {
    const band = ageBandIndexOfNcy(space.ncyMin + ncyIndex);
    const ageGroup = byAgeGroup + band;
    const base = ncyIndex * space.stateCount;
    for (let state = 0; state < space.stateCount; state += 1) {
      const pupils = population[base + state] as number;
      if (pupils === 0) continue;
      const setting = state % settingCount;
      const need = (state - setting) / settingCount;
      const pence = pupils * (cellCostPence[cellCost + base + state] as number);
      const mapped = settingCategory[setting] as number;
      const category = mapped < 0 ? unmapped : mapped;
      out[byCategory + category] = (out[byCategory + category] as number) + pupils;
      out[costByCategory + category] = (out[costByCategory + category] as number) + pence;
      const ageCell = byCategoryAge + category * ageBands.length + band;
      out[ageCell] = (out[ageCell] as number) + pupils;
      const needCell = byCategoryNeed + category * needCount + need;
      out[needCell] = (out[needCell] as number) + pupils;
      out[total] = (out[total] as number) + pupils;
      out[byNcy + ncyIndex] = (out[byNcy + ncyIndex] as number) + pupils;
      out[ageGroup] = (out[ageGroup] as number) + pupils;
      out[byNeed + need] = (out[byNeed + need] as number) + pupils;
      out[bySetting + setting] = (out[bySetting + setting] as number) + pupils;
      out[cost] = (out[cost] as number) + pence;
      out[costBySetting + setting] = (out[costBySetting + setting] as number) + pence;
    }
  }
  out[at('joiners')] = flows.joiners;
  out[at('leavers')] = flows.leavers;
  out[at('movers')] = flows.movers;
  out[at('unrecordedExits')] = flows.unrecordedExits;
  out[at('capRedirected')] = flows.capRedirected ?? 0;
  const overCap = at('placesOverCap');
  flows.overCap?.forEach((over, k) => (out[overCap + k] = over));
}
