import { sumFigures, type Figure, type MissingReason } from './figure';
import type { MeasureDefinition, MeasureParts, PartRef, SeriesStore } from './measure';

/** A measure's value for one area, or null with why not. */
export interface MeasureResult {
  value: number | null;
  missing?: MissingReason;
}

/** A measure's value for a group of councils, with the members it could use. */
export interface GroupResult extends MeasureResult {
  /** 'published': the DfE's own figure for the area; 'pooled': parts summed over members; 'mean': average. */
  basis: 'published' | 'pooled' | 'mean';
  /** Members whose figures went in (for a published figure: empty). */
  used: string[];
  /** Members left out because a figure they need is not available. */
  left: string[];
}

function partSum(store: SeriesStore, refs: readonly PartRef[], area: string): Figure {
  return sumFigures(
    refs.map((ref) => store.get(ref.series, area, ref.period) ?? { value: null, missing: 'absent' }),
  );
}

/** Each part summed for one area, or the first reason one is missing. */
function partSums(parts: Record<string, PartRef[]>, store: SeriesStore, area: string) {
  const sums: Record<string, number> = {};
  for (const [name, refs] of Object.entries(parts)) {
    const figure = partSum(store, refs, area);
    if (figure.value === null) return { missing: figure.missing };
    sums[name] = figure.value;
  }
  return { sums };
}

/** The measure for one area (an LA, a region or England) from its own published figures. */
export function measureForArea(
  def: MeasureDefinition,
  parts: MeasureParts,
  store: SeriesStore,
  area: string,
): MeasureResult {
  if ('unavailable' in parts) return { value: null, missing: 'absent' };
  const result = partSums(parts.parts, store, area);
  if (!result.sums) return { value: null, missing: result.missing };
  const value = def.combine(result.sums);
  return value === null ? { value: null, missing: 'z' } : { value };
}

/** The measure for a group of LAs: pooled parts or the mean of members' values, per the definition. */
export function measureForGroup(
  def: MeasureDefinition,
  parts: MeasureParts,
  store: SeriesStore,
  members: readonly string[],
): GroupResult {
  const used: string[] = [];
  const left: string[] = [];
  if ('unavailable' in parts)
    return { value: null, missing: 'absent', basis: 'pooled', used, left: [...members] };
  if (def.grouping === 'mean') {
    const values: number[] = [];
    for (const member of members) {
      const r = measureForArea(def, parts, store, member);
      if (r.value === null) {
        left.push(member);
      } else {
        used.push(member);
        values.push(r.value);
      }
    }
    const value = values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    return {
      ...(value === null ? { value, missing: 'absent' as const } : { value }),
      basis: 'mean',
      used,
      left,
    };
  }
  const pooled: Record<string, number> = {};
  for (const member of members) {
    const r = partSums(parts.parts, store, member);
    if (!r.sums) {
      left.push(member);
      continue;
    }
    used.push(member);
    for (const [name, sum] of Object.entries(r.sums)) pooled[name] = (pooled[name] ?? 0) + sum;
  }
  const value = used.length === 0 ? null : def.combine(pooled);
  return {
    ...(value === null ? { value, missing: 'absent' as const } : { value }),
    basis: 'pooled',
    used,
    left,
  };
}

/**
 * A region or England: the DfE's published figure where it has one (so tables match the release), else
 * the measure over the member LAs (the benchmarking table publishes no regional totals).
 */
export function measureForAggregate(
  def: MeasureDefinition,
  parts: MeasureParts,
  store: SeriesStore,
  area: string,
  members: readonly string[],
): GroupResult {
  const published = measureForArea(def, parts, store, area);
  if (published.value !== null) return { ...published, basis: 'published', used: [], left: [] };
  return measureForGroup(def, parts, store, members);
}
