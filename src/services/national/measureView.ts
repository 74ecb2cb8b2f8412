import { z } from 'zod';
import { measureForAllCouncils, type CouncilValue } from '../../core/benchmark/allCouncils';
import {
  benchmarkReport,
  type BenchmarkReport,
  type MeasureBenchmark,
} from '../../core/benchmark/benchmarkReport';
import type { PartRef, SeriesStore } from '../../core/benchmark/measure';
import { measureById } from '../../core/benchmark/measures';
import { series } from '../../core/benchmark/series';
import type { ServiceContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { requireNationalDataReader } from './nationalAccess';
import { loadSeriesStore, storedNeighbours, storedPeriods } from './nationalStore';
import { requireLa } from './publishedCaseload';

const viewInput = z
  .object({
    council: z.string().trim().min(1, 'is required'),
    measure: z.string().trim().min(1, 'is required'),
    year: z.coerce.number().int('must be a whole year such as 2025'),
  })
  .strict();

/** One year of a measure's trend: the council and its comparators. */
export interface TrendPoint {
  year: number;
  period: string;
  value: number | null;
  comparators: { kind: string; name: string; value: number | null }[];
}

/** What the benchmarking page shows for one measure: ranked councils, the council's standing, the trend. */
export interface MeasureView {
  council: BenchmarkReport['council'];
  neighbours: BenchmarkReport['neighbours'];
  year: number;
  benchmark: MeasureBenchmark;
  /** Every council with a value for the year, highest first, marked when a neighbour or in the region. */
  councils: (CouncilValue & { neighbour: boolean; sameRegion: boolean })[];
  trend: TrendPoint[];
  releases: { publication: string; edition: string }[];
}

/** A measure for a council: ranked among all councils in a year, with comparators, and over the years. */
export async function nationalMeasureView(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<MeasureView> {
  requireNationalDataReader(actor);
  const data = parseInput(viewInput, input);
  const la = requireLa(data.council);
  const def = measureById(data.measure);
  if (!def) throw new ValidationError(`measure: '${data.measure}' is not a benchmark measure.`, 'measure');
  const periods = await storedPeriods(ctx.db);
  const census = (periods.get(series.caseload) ?? []).map(Number);
  if (census.length === 0)
    throw new NotFoundError(
      'No EHCP statistics have been imported yet: run `highneeds national import` with a release zip.',
    );
  if (!census.includes(data.year)) {
    throw new ValidationError(
      `year: there are no EHCP figures for January ${String(data.year)}; the imported releases cover January ${String(census[0])} to January ${String(census.at(-1))}.`,
      'year',
    );
  }
  const periodsOnly: SeriesStore = { get: () => undefined, periods: (s) => periods.get(s) ?? [] };
  const wanted: PartRef[] = census.flatMap((year) => {
    const parts = def.parts(year, periodsOnly);
    return 'parts' in parts ? Object.values(parts.parts).flat() : [];
  });
  const store = await loadSeriesStore(ctx.db, periods, wanted);
  const neighbours = await storedNeighbours(ctx.db, la.code);
  const reports = census.map((year) => benchmarkReport({ la, year, store, neighbours, measures: [def] }));
  const current = reports.find((r) => r.year === data.year);
  const benchmark = current?.measures[0];
  if (!current || !benchmark) throw new NotFoundError(`No benchmark for January ${String(data.year)}.`);
  const neighbourSet = new Set(neighbours);
  const inRegion = (code: string) => requireLa(code).regionCode === la.regionCode;
  const trend = reports
    .map((r) => ({ year: r.year, m: r.measures[0] }))
    .filter(
      (r): r is { year: number; m: MeasureBenchmark } =>
        r.m !== undefined && (r.m.value !== null || r.m.comparators.some((c) => c.value !== null)),
    )
    .map(({ year, m }) => ({
      year,
      period: m.period,
      value: m.value,
      comparators: m.comparators.map((c) => ({ kind: c.kind, name: c.name, value: c.value })),
    }));
  const releases = await ctx.db
    .selectFrom('national_releases')
    .select(['publication', 'edition'])
    .orderBy('publication')
    .orderBy('edition')
    .execute();
  return {
    council: current.council,
    neighbours: current.neighbours,
    year: data.year,
    benchmark,
    councils: measureForAllCouncils(def, data.year, store).map((c) => ({
      ...c,
      neighbour: neighbourSet.has(c.code),
      sameRegion: inRegion(c.code),
    })),
    trend,
    releases,
  };
}
