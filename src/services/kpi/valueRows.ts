import { sql, type Kysely } from 'kysely';
import type { KpiValueRecord } from '../../core/kpi';
import type { Database } from '../../db/schema';

/** Writes value records of one period (insert, or replace the KPI's record for that period). */
export async function recordValueRows(
  db: Kysely<Database>,
  period: string,
  rows: Array<{ definitionId: number; record: KpiValueRecord }>,
  at: Date,
  by: string,
): Promise<void> {
  for (const { definitionId, record } of rows) {
    const columns = {
      value: record.value,
      comment: record.comment ?? null,
      published_target: record.publishedTarget ?? null,
      published_rag: record.publishedRag ?? null,
      rag_override: record.ragOverride ? JSON.stringify(record.ragOverride) : null,
      recorded_at: at,
      recorded_by: by,
    };
    await db
      .insertInto('kpi_values')
      .values({ definition_id: definitionId, period, ...columns })
      .onConflict((oc) =>
        oc
          .columns(['definition_id', 'period'])
          .doUpdateSet({ ...columns, revision: sql<number>`kpi_values.revision + 1` }),
      )
      .execute();
  }
}
