import { z } from 'zod';
import { benchmarkReport, type BenchmarkReport } from '../../core/benchmark/benchmarkReport';
import { laByCode } from '../../core/benchmark/laLookup';
import type { PartRef, SeriesStore } from '../../core/benchmark/measure';
import { benchmarkMeasures } from '../../core/benchmark/measures';
import { decileRagRule } from '../../core/benchmark/rag';
import { series } from '../../core/benchmark/series';
import type { ServiceContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { requireNationalDataReader } from './nationalAccess';
import { loadSeriesStore, storedNeighbours, storedPeriods } from './nationalStore';

const benchmarkInput = z
  .object({
    council: z.string().trim().min(1, 'is required'),
    year: z.coerce.number().int('must be a whole year such as 2025').min(2000).max(2100),
    measures: z.array(z.string()).optional(),
    redFrom: z.coerce.number().int().min(1).max(10).optional(),
    amberFrom: z.coerce.number().int().min(1).max(10).optional(),
  })
  .strict();

/** The benchmark report plus which imported releases it drew on. */
export type NationalBenchmark = BenchmarkReport & { releases: { publication: string; edition: string }[] };

/**
 * A council's benchmark for a year: every measure against its statistical neighbours, (Inner/Outer
 * London,) its region and England, with its rank among all councils and a RAG by decile. Any LA in the
 * DfE's data can be benchmarked (the data is published); the actor needs a role in some council here.
 */
export async function nationalBenchmark(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<NationalBenchmark> {
  requireNationalDataReader(actor);
  const data = parseInput(benchmarkInput, input);
  const la = laByCode(data.council);
  if (!la) {
    throw new NotFoundError(
      `No local authority with code ${data.council} in the DfE's data: use the three-digit LA number (314) or the ONS code (E09000021).`,
    );
  }
  const rule =
    data.redFrom !== undefined || data.amberFrom !== undefined
      ? decileRagRule(data.redFrom ?? 9, data.amberFrom ?? 7)
      : undefined;
  const measures = data.measures
    ? data.measures.map((id) => benchmarkMeasures.find((m) => m.id === id) ?? unknownMeasure(id))
    : benchmarkMeasures;
  const periods = await storedPeriods(ctx.db);
  const census = periods.get(series.caseload) ?? [];
  if (census.length === 0)
    throw new NotFoundError(
      'No EHCP statistics have been imported yet: run `highneeds national import` with a release zip.',
    );
  if (!census.includes(String(data.year))) {
    throw new ValidationError(
      `year: there are no EHCP figures for January ${String(data.year)}; the imported releases cover January ${census[0] ?? ''} to January ${census.at(-1) ?? ''}.`,
      'year',
    );
  }
  const periodsOnly: SeriesStore = { get: () => undefined, periods: (s) => periods.get(s) ?? [] };
  const wanted: PartRef[] = measures.flatMap((m) => {
    const parts = m.parts(data.year, periodsOnly);
    return 'parts' in parts ? Object.values(parts.parts).flat() : [];
  });
  const store = await loadSeriesStore(ctx.db, periods, wanted);
  const neighbours = await storedNeighbours(ctx.db, la.code);
  const report = benchmarkReport({
    la,
    year: data.year,
    store,
    neighbours,
    measures,
    ...(rule ? { rule } : {}),
  });
  const releases = await ctx.db
    .selectFrom('national_releases')
    .select(['publication', 'edition'])
    .orderBy('publication')
    .orderBy('edition')
    .execute();
  return { ...report, releases };
}

function unknownMeasure(id: string): never {
  throw new ValidationError(
    `measures: '${id}' is not a benchmark measure (${benchmarkMeasures.map((m) => m.id).join(', ')}).`,
    'measures',
  );
}
