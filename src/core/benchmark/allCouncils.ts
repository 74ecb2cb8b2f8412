import { lasExistingOn } from './laLookup';
import type { MeasureDefinition, SeriesStore } from './measure';
import { measureForArea } from './measureValue';

/** One council's value of a measure, for a ranked chart. */
export interface CouncilValue {
  code: string;
  name: string;
  value: number;
}

/** Every council that existed in the year and has a value, highest first (rank 1, as the DfE ranks). */
export function measureForAllCouncils(
  def: MeasureDefinition,
  year: number,
  store: SeriesStore,
): CouncilValue[] {
  const parts = def.parts(year, store);
  const out: CouncilValue[] = [];
  for (const la of lasExistingOn(`${String(year)}-01-01`)) {
    const r = measureForArea(def, parts, store, la.code);
    if (r.value !== null) out.push({ code: la.code, name: la.name, value: r.value });
  }
  return out.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}
