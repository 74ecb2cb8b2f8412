import { sql, type Kysely } from 'kysely';
import type { Figure, MissingReason } from '../../core/benchmark/figure';
import type { PartRef, SeriesStore } from '../../core/benchmark/measure';
import type { Database } from '../../db/schema';

// Loads stored national figures for the benchmark calculations. When two editions of a publication both
// give a figure (the 2022 and 2025 EHCP releases both give January 2019-2022), the later edition wins:
// the DfE revises earlier years in later releases.

class LoadedStore implements SeriesStore {
  constructor(
    private readonly periodsBySeries: Map<string, string[]>,
    private readonly figures: Map<string, Figure>,
  ) {}

  get(series: string, area: string, period: string): Figure | undefined {
    return this.figures.get(`${series}|${area}|${period}`);
  }

  periods(series: string): readonly string[] {
    return this.periodsBySeries.get(series) ?? [];
  }
}

/** Every series' periods with any figure, ascending. */
export async function storedPeriods(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('national_values')
    .select(['series', 'period'])
    .distinct()
    .orderBy('series')
    .orderBy('period')
    .execute();
  const periods = new Map<string, string[]>();
  for (const r of rows) periods.set(r.series, [...(periods.get(r.series) ?? []), r.period]);
  return periods;
}

/** A store of the figures for the given series and periods (all areas), later editions winning. */
export async function loadSeriesStore(
  db: Kysely<Database>,
  periods: Map<string, string[]>,
  wanted: readonly PartRef[],
): Promise<SeriesStore> {
  const figures = new Map<string, Figure>();
  const pairs = [...new Map(wanted.map((w) => [`${w.series}|${w.period}`, w])).values()];
  for (let i = 0; i < pairs.length; i += 200) {
    const chunk = pairs.slice(i, i + 200);
    const rows = await db
      .selectFrom('national_values as v')
      .innerJoin('national_releases as r', 'r.id', 'v.release_id')
      .select(['v.series', 'v.area', 'v.period', 'v.value', 'v.missing'])
      .where(
        sql<boolean>`(v.series, v.period) in (${sql.join(chunk.map((p) => sql`(${p.series}, ${p.period})`))})`,
      )
      .orderBy('r.edition')
      .orderBy('r.id')
      .execute();
    for (const r of rows) {
      const figure: Figure =
        r.value === null
          ? { value: null, missing: (r.missing ?? 'absent') as MissingReason }
          : { value: Number(r.value) };
      figures.set(`${r.series}|${r.area}|${r.period}`, figure);
    }
  }
  return new LoadedStore(periods, figures);
}

/** The statistical neighbours of an LA from the most recently imported list, nearest first. */
export async function storedNeighbours(db: Kysely<Database>, la: string): Promise<string[]> {
  const latest = await db
    .selectFrom('national_releases')
    .select('id')
    .where('publication', '=', 'statistical-neighbours')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!latest) return [];
  const rows = await db
    .selectFrom('national_neighbours')
    .select('neighbour')
    .where('release_id', '=', latest.id)
    .where('la', '=', la)
    .orderBy('rank')
    .execute();
  return rows.map((r) => r.neighbour);
}
