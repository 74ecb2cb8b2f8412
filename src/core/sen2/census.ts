import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';
import { academicYearOf, type IsoDate } from '../periods';
import { ncyOf } from '../placements';
import { openOn, type PlanOf, type ReturnIndex } from './returnIndex';
import { resolveSetting, type SettingLookups, type SettingSource } from './settingResolution';
import type { Sen2Establishment, Sen2Placement } from './sen2Return';

// The EHCP census on a date, as witan.sen2 builds it from a return: every child with a named plan open on
// the date, counted once, with the rank-1 need of the plan's active plan and the highest-ranked placement
// open on the date (rank 1 first, then the latest entry). A child with no placement on the date is counted
// in the setting the plan names (4b); with neither, as "placement not known". The NCY comes from the
// date of birth as in the placement register: age on the 31 August before the date's academic year, less 4.

/** Where a census record's setting came from. */
export type PlacedFrom = 'placement' | 'plan' | 'none';

/** One child in a census. */
export interface CensusRecord {
  readonly personId: string;
  readonly personRow: number;
  readonly ncy: number | null;
  /** The rank-1 need, or 'unknown'. */
  readonly need: string;
  readonly settingType: string;
  readonly category: PlacementCategory;
  readonly placedFrom: PlacedFrom;
  readonly settingSource: SettingSource;
  /** The URN or UKPRN that did not resolve, if any. */
  readonly unresolved?: string;
  /** The request the counted plan belongs to (a child with plans from two requests counts once). */
  readonly requestRow: number;
}

/** The census totals the API and command line show. */
export interface CensusSummary {
  readonly date: IsoDate;
  readonly total: number;
  readonly byNcy: Record<string, number>;
  readonly byNeed: Record<string, number>;
  readonly bySetting: Record<string, number>;
  readonly byCategory: Record<PlacementCategory, number>;
  /** How many records took their setting from a placement, from the plan, or had none. */
  readonly placedFrom: Record<PlacedFrom, number>;
  /** Children counted under a URN or UKPRN whose setting type is not known. */
  readonly unresolved: number;
}

/** How NCYs are written: R for reception, N1 and N2 for nursery, numbers from Year 1. */
export function ncyLabel(ncy: number | null): string {
  if (ncy === null) return 'unknown';
  if (ncy === 0) return 'R';
  if (ncy === -1) return 'N2';
  if (ncy === -2) return 'N1';
  return String(ncy);
}

const rankOf = (e: Sen2Establishment) => e.rank ?? 99;

/** The placement to count among those open on the date: rank 1 first, then the latest entry. */
function countedPlacement(placements: readonly Sen2Placement[]): Sen2Placement | undefined {
  let best: Sen2Placement | undefined;
  for (const p of placements) {
    if (
      !best ||
      rankOf(p) < rankOf(best) ||
      (rankOf(p) === rankOf(best) && (p.entryDate ?? '') > (best.entryDate ?? ''))
    )
      best = p;
  }
  return best;
}

function primaryNeed(index: ReturnIndex, plan: PlanOf): string {
  const own = index.activePlansByRequest.get(plan.request.row) ?? [];
  const others = index.activePlansByPerson.get(plan.person.row) ?? [];
  for (const active of [...own, ...[...others].reverse()]) {
    const need = active.needs.find((n) => n.rank === 1);
    if (need) return need.need;
  }
  return 'unknown';
}

/** The census records of every child with a plan open on the date. */
export function censusRecords(index: ReturnIndex, date: IsoDate, lookups: SettingLookups): CensusRecord[] {
  const academicYear = academicYearOf(date);
  const records: CensusRecord[] = [];
  for (const plans of index.plansByPerson.values()) {
    let counted: PlanOf | undefined;
    for (const p of plans) {
      if (!openOn(p.plan.startDate, p.plan.ceaseDate, date)) continue;
      if (!counted || (p.plan.startDate ?? '') > (counted.plan.startDate ?? '')) counted = p;
    }
    if (!counted) continue;
    const person = counted.person;
    const open = (index.activePlansByPerson.get(person.row) ?? []).flatMap((a) =>
      a.placements.filter((pl) => openOn(pl.entryDate, pl.leavingDate, date)),
    );
    const placement = countedPlacement(open);
    const detail = [...counted.details].sort((a, b) => rankOf(a) - rankOf(b))[0];
    const setting = resolveSetting(placement ?? detail ?? null, lookups);
    records.push({
      personId: person.personId,
      personRow: person.row,
      ncy: person.birthDate ? ncyOf(person.birthDate, academicYear) : null,
      need: primaryNeed(index, counted),
      settingType: setting.settingType,
      category: setting.category,
      placedFrom: placement ? 'placement' : detail ? 'plan' : 'none',
      settingSource: setting.source,
      ...(setting.unresolved !== undefined ? { unresolved: setting.unresolved } : {}),
      requestRow: counted.request.row,
    });
  }
  return records;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Totals of census records by NCY, need, setting type and DfE placement category. */
export function summariseCensus(date: IsoDate, records: readonly CensusRecord[]): CensusSummary {
  const byNcy: Record<string, number> = {};
  const byNeed: Record<string, number> = {};
  const bySetting: Record<string, number> = {};
  const byCategory = Object.fromEntries(placementCategories.map((c) => [c, 0])) as Record<
    PlacementCategory,
    number
  >;
  const placedFrom: Record<PlacedFrom, number> = { placement: 0, plan: 0, none: 0 };
  let unresolved = 0;
  const sorted = [...records].sort((a, b) => (a.ncy ?? 99) - (b.ncy ?? 99));
  for (const r of sorted) {
    bump(byNcy, ncyLabel(r.ncy));
    bump(byNeed, r.need);
    bump(bySetting, r.settingType);
    byCategory[r.category] += 1;
    placedFrom[r.placedFrom] += 1;
    if (r.unresolved !== undefined) unresolved += 1;
  }
  return { date, total: records.length, byNcy, byNeed, bySetting, byCategory, placedFrom, unresolved };
}
