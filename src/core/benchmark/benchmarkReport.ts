import { boundaryChangeNote, comparatorGroups, type ComparatorKind } from './comparators';
import { missingReasonText, type MissingReason } from './figure';
import { laByCode, lasExistingOn } from './laLookup';
import { localAuthorities, regions, type LocalAuthority } from './localAuthorities';
import type { Direction, MeasureDefinition, MeasureUnit, SeriesStore } from './measure';
import { measureForAggregate, measureForArea, measureForGroup } from './measureValue';
import { benchmarkMeasures } from './measures';
import { defaultDecileRag, ragByDecile, type DecileRagRule, type Rag } from './rag';
import { standingAmong, type Standing } from './ranking';

/** One comparator's value for a measure. */
export interface ComparatorValue {
  kind: ComparatorKind;
  name: string;
  value: number | null;
  missing?: MissingReason;
  basis: 'published' | 'pooled' | 'mean';
  /** Members whose figures went in, and how many the group has (a published figure counts all). */
  members: number;
  of: number;
}

/** A measure for one council and year, against its comparators and all councils. */
export interface MeasureBenchmark {
  id: string;
  label: string;
  topic: MeasureDefinition['topic'];
  unit: MeasureUnit;
  direction: Direction;
  period: string;
  value: number | null;
  /** Why there is no value, in words. */
  notAvailable?: string;
  comparators: ComparatorValue[];
  standing?: Standing;
  rag?: Rag;
  note?: string;
  caution?: string;
}

/** The benchmark of one council for one year. */
export interface BenchmarkReport {
  council: { code: string; newCode: string; name: string; region: string; subRegion?: string };
  year: number;
  neighbours: { code: string; name: string }[];
  measures: MeasureBenchmark[];
}

/** What a benchmark is computed from: the LA, the year, the figures, its neighbours and the RAG rule. */
export interface BenchmarkInput {
  la: LocalAuthority;
  year: number;
  store: SeriesStore;
  /** Statistical neighbours, nearest first (LA codes). */
  neighbours: readonly string[];
  rule?: DecileRagRule;
  measures?: readonly MeasureDefinition[];
}

function whyMissing(la: LocalAuthority, missing: MissingReason | undefined, unavailable?: string): string {
  if (unavailable) return unavailable;
  const boundary = missing === 'absent' ? boundaryChangeNote(la) : undefined;
  return boundary ?? missingReasonText[missing ?? 'absent'];
}

function benchmarkOne(input: BenchmarkInput, def: MeasureDefinition): MeasureBenchmark {
  const { la, year, store } = input;
  const parts = def.parts(year, store);
  const own = measureForArea(def, parts, store, la.code);
  const existing = new Set(lasExistingOn(`${String(year)}-01-01`).map((l) => l.code));
  const comparators = comparatorGroups(la, input.neighbours).map((group): ComparatorValue => {
    const r = group.area
      ? measureForAggregate(def, parts, store, group.area, group.members)
      : measureForGroup(def, parts, store, group.members);
    // "of" counts the members that existed in the year (abolished LAs stay members for earlier years).
    const of = group.members.filter((c) => existing.has(c) || r.used.includes(c)).length;
    return {
      kind: group.kind,
      name: group.name,
      value: r.value,
      ...(r.missing ? { missing: r.missing } : {}),
      basis: r.basis,
      members: r.basis === 'published' ? of : r.used.length,
      of,
    };
  });
  const all = localAuthorities
    .map((l) => measureForArea(def, parts, store, l.code).value)
    .filter((v): v is number => v !== null);
  const standing = own.value === null ? undefined : standingAmong(own.value, all);
  // No council has it: the imported data does not cover this period (say so, rather than blame the LA).
  const noData =
    all.length === 0 ? `The imported data has no figures for ${def.periodLabel(year)}.` : undefined;
  const rag = standing ? ragByDecile(standing, def.direction, input.rule ?? defaultDecileRag) : undefined;
  return {
    id: def.id,
    label: def.label,
    topic: def.topic,
    unit: def.unit,
    direction: def.direction,
    period: def.periodLabel(year),
    value: own.value,
    ...(own.value === null
      ? {
          notAvailable:
            noData ?? whyMissing(la, own.missing, 'unavailable' in parts ? parts.unavailable : undefined),
        }
      : {}),
    comparators,
    ...(standing ? { standing } : {}),
    ...(rag ? { rag } : {}),
    ...('parts' in parts && parts.note && !noData ? { note: parts.note } : {}),
    ...('parts' in parts && parts.caution ? { caution: parts.caution } : {}),
  };
}

/** Every measure for a council and year, with comparators, standing among all councils and RAG. */
export function benchmarkReport(input: BenchmarkInput): BenchmarkReport {
  const { la } = input;
  return {
    council: {
      code: la.code,
      newCode: la.newCode,
      name: la.name,
      region: regions.find((r) => r.code === la.regionCode)?.name ?? la.regionCode,
      ...(la.london ? { subRegion: la.london } : {}),
    },
    year: input.year,
    neighbours: input.neighbours.map((code) => ({ code, name: laByCode(code)?.name ?? code })),
    measures: (input.measures ?? benchmarkMeasures).map((def) => benchmarkOne(input, def)),
  };
}
