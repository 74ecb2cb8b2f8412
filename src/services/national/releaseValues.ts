import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { NationalDataset, PublishedValue } from '../../io/dfe/nationalDataset';

// Writes one file's figures into its release so that importing the same figures again changes nothing:
// figures are compared with what the release already holds for the series this file is the source of,
// and only the differences are written (added, changed, removed).

const key = (v: { series: string; area: string; period: string }) => `${v.series}|${v.area}|${v.period}`;
const CHUNK = 500;

/** How many figures (or neighbour rows) an import added, changed and removed. */
export interface ReleaseChanges {
  added: number;
  changed: number;
  removed: number;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Brings the release's figures for the dataset's series to exactly the dataset's figures. */
export async function writeReleaseValues(
  trx: Kysely<Database>,
  releaseId: number,
  dataset: NationalDataset,
): Promise<ReleaseChanges> {
  if (dataset.series.length === 0) return { added: 0, changed: 0, removed: 0 };
  const rows = await trx
    .selectFrom('national_values')
    .select(['series', 'area', 'period', 'value', 'missing'])
    .where('release_id', '=', releaseId)
    .where('series', 'in', dataset.series)
    .execute();
  const existing = new Map(
    rows.map((r) => [key(r), { value: r.value === null ? null : Number(r.value), missing: r.missing }]),
  );
  const upserts: PublishedValue[] = [];
  let added = 0;
  for (const v of dataset.values) {
    const before = existing.get(key(v));
    existing.delete(key(v));
    if (!before) added += 1;
    else if (before.value === v.value && before.missing === v.missing) continue;
    upserts.push(v);
  }
  for (const chunk of chunks(upserts)) {
    await trx
      .insertInto('national_values')
      .values(
        chunk.map((v) => ({
          release_id: releaseId,
          series: v.series,
          area: v.area,
          period: v.period,
          value: v.value,
          missing: v.missing,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['release_id', 'series', 'area', 'period'])
          .doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), missing: eb.ref('excluded.missing') })),
      )
      .execute();
  }
  // What is left was in the release but is not in this file any more (a revised file dropped it).
  const removed = [...existing.keys()].map((k) => k.split('|') as [string, string, string]);
  for (const chunk of chunks(removed)) {
    await trx
      .deleteFrom('national_values')
      .where('release_id', '=', releaseId)
      .where((eb) =>
        eb.or(
          chunk.map(([series, area, period]) =>
            eb.and([eb('series', '=', series), eb('area', '=', area), eb('period', '=', period)]),
          ),
        ),
      )
      .execute();
  }
  return { added, changed: upserts.length - added, removed: removed.length };
}

/** Replaces the release's statistical neighbours when they differ; returns the rows that changed. */
export async function writeReleaseNeighbours(
  trx: Kysely<Database>,
  releaseId: number,
  dataset: NationalDataset,
): Promise<ReleaseChanges> {
  if (dataset.publication !== 'statistical-neighbours') return { added: 0, changed: 0, removed: 0 };
  const rows = await trx
    .selectFrom('national_neighbours')
    .select(['la', 'rank', 'neighbour'])
    .where('release_id', '=', releaseId)
    .execute();
  const before = new Map(rows.map((r) => [`${r.la}|${String(r.rank)}`, r.neighbour]));
  const after = new Map<string, string>(
    dataset.neighbours.flatMap((l) => l.neighbours.map((n, i) => [`${l.la}|${String(i + 1)}`, n] as const)),
  );
  let added = 0;
  let changed = 0;
  for (const [k, n] of after) {
    if (!before.has(k)) added += 1;
    else if (before.get(k) !== n) changed += 1;
  }
  const removed = [...before.keys()].filter((k) => !after.has(k)).length;
  if (added + changed + removed === 0) return { added, changed, removed };
  await trx.deleteFrom('national_neighbours').where('release_id', '=', releaseId).execute();
  const values = [...after].map(([k, neighbour]) => {
    const [la = '', rank = '0'] = k.split('|');
    return { release_id: releaseId, la, rank: Number(rank), neighbour };
  });
  for (const chunk of chunks(values)) await trx.insertInto('national_neighbours').values(chunk).execute();
  return { added, changed, removed };
}
