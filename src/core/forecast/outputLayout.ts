import { ageBands } from '../benchmark/ageBands';
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
  | 'unrecordedExits';

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
}

/** Writes one simulated year's series into `out` from `offset`, from its population by cell. */
export function recordYear(
  layout: OutputLayout,
  parameters: ModelParameters,
  population: Int32Array,
  flows: YearFlows,
  out: Float64Array,
  offset: number,
): void {
  const { space, costPence } = parameters;
  const settingCount = space.settings.length;
  const at = (name: OutputGroupName) => offset + layout.group(name).offset;
  const total = at('total');
  const byNcy = at('byNcy');
  const byAgeGroup = at('byAgeGroup');
  const byNeed = at('byNeed');
  const bySetting = at('bySetting');
  const cost = at('costPence');
  const costBySetting = at('costPenceBySetting');
  out.fill(0, offset, offset + layout.seriesCount);
  for (let ncyIndex = 0; ncyIndex < space.ncyCount; ncyIndex += 1) {
    const ageGroup = byAgeGroup + ageBandIndexOfNcy(space.ncyMin + ncyIndex);
    const base = ncyIndex * space.stateCount;
    for (let state = 0; state < space.stateCount; state += 1) {
      const pupils = population[base + state] as number;
      if (pupils === 0) continue;
      const setting = state % settingCount;
      const pence = pupils * (costPence[state] as number);
      out[total] = (out[total] as number) + pupils;
      out[byNcy + ncyIndex] = (out[byNcy + ncyIndex] as number) + pupils;
      out[ageGroup] = (out[ageGroup] as number) + pupils;
      out[byNeed + (state - setting) / settingCount] =
        (out[byNeed + (state - setting) / settingCount] as number) + pupils;
      out[bySetting + setting] = (out[bySetting + setting] as number) + pupils;
      out[cost] = (out[cost] as number) + pence;
      out[costBySetting + setting] = (out[costBySetting + setting] as number) + pence;
    }
  }
  out[at('joiners')] = flows.joiners;
  out[at('leavers')] = flows.leavers;
  out[at('movers')] = flows.movers;
  out[at('unrecordedExits')] = flows.unrecordedExits;
}
