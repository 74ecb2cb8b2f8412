import type { Kysely } from 'kysely';
import type { Database } from './schema';

// Which SEN2 returns each set of forecast inputs was made from (migration 020). The database refuses to
// delete a return that inputs were made from; replacing a return moves its links to the new one.

/** Records that input sets were made from returns. */
export async function addInputLinks(
  db: Kysely<Database>,
  links: ReadonlyArray<{ inputSetId: number; returnId: number }>,
): Promise<void> {
  if (links.length === 0) return;
  await db
    .insertInto('sen2_input_set_returns')
    .values(links.map((l) => ({ input_set_id: l.inputSetId, return_id: l.returnId })))
    .execute();
}

/** The names of the input sets made from a return, oldest first. */
export async function inputSetsMadeFrom(
  db: Kysely<Database>,
  returnId: number,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('sen2_input_set_returns as l')
    .innerJoin('forecast_input_sets as s', 's.id', 'l.input_set_id')
    .select(['s.id', 's.name'])
    .where('l.return_id', '=', returnId)
    .orderBy('s.id')
    .execute();
}

/** The names of the input sets made from each of the council's returns, by return id. */
export async function inputSetsByReturn(
  db: Kysely<Database>,
  councilId: number,
): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('sen2_input_set_returns as l')
    .innerJoin('forecast_input_sets as s', 's.id', 'l.input_set_id')
    .select(['l.return_id', 's.name'])
    .where('s.council_id', '=', councilId)
    .orderBy('s.id')
    .execute();
  const byReturn = new Map<number, string[]>();
  for (const r of rows) byReturn.set(r.return_id, [...(byReturn.get(r.return_id) ?? []), r.name]);
  return byReturn;
}

/** Takes a return's links away (before a replaced return is deleted), saying which input sets had them. */
export async function takeInputLinks(db: Kysely<Database>, returnId: number): Promise<number[]> {
  const rows = await db
    .deleteFrom('sen2_input_set_returns')
    .where('return_id', '=', returnId)
    .returning('input_set_id')
    .execute();
  return rows.map((r) => r.input_set_id);
}
