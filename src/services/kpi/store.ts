import { sql, type Kysely } from 'kysely';
import type {
  KpiDefinition,
  KpiFormula,
  KpiPeriod,
  KpiSet,
  KpiTolerance,
  KpiValueRecord,
  Rag,
  RagOverride,
  TargetDerivation,
} from '../../core/kpi';
import type { Database } from '../../db/schema';
import type { Council } from '../councils';

// The repository boundary of the KPI tables: rows in, core types out (and back).

/** A stored KPI set's row id with its year. */
export interface StoredSet {
  id: number;
  financialYear: string;
  targetVersion: string | null;
}

/** The council's set for a financial year, if there is one. */
export async function findSet(
  db: Kysely<Database>,
  council: Council,
  financialYear: string,
): Promise<StoredSet | undefined> {
  const row = await db
    .selectFrom('kpi_sets')
    .select(['id', 'financial_year', 'target_version'])
    .where('council_id', '=', council.id)
    .where('financial_year', '=', financialYear)
    .executeTakeFirst();
  return row && { id: row.id, financialYear: row.financial_year, targetVersion: row.target_version };
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** The columns of one definition (insert or update). */
export function definitionColumns(kpi: KpiDefinition) {
  return {
    name: kpi.name,
    category: kpi.category,
    unit: kpi.unit,
    decimals: kpi.decimals ?? null,
    direction: kpi.direction,
    baseline: kpi.baseline,
    baseline_date: kpi.baselineDate,
    annual_target: kpi.annualTarget,
    target: JSON.stringify(kpi.target),
    computed: json(kpi.computed),
    expected: json(kpi.expected),
    tolerance: json(kpi.tolerance),
    range: json(kpi.range),
  };
}

/** Loads a stored set with its definitions (in order), periods and values, as the core's KpiSet. */
export async function loadSet(db: Kysely<Database>, council: Council, stored: StoredSet): Promise<KpiSet> {
  const head = await db
    .selectFrom('kpi_sets')
    .select('default_tolerance')
    .where('id', '=', stored.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('kpi_definitions')
    .selectAll()
    .where('set_id', '=', stored.id)
    .orderBy('position')
    .execute();
  const kpis = rows.map(
    (r): KpiDefinition => ({
      ref: r.ref,
      name: r.name,
      category: r.category,
      unit: r.unit as KpiDefinition['unit'],
      ...(r.decimals !== null ? { decimals: r.decimals } : {}),
      direction: r.direction as KpiDefinition['direction'],
      baseline: r.baseline,
      baselineDate: r.baseline_date,
      annualTarget: r.annual_target,
      target: r.target as TargetDerivation,
      ...(r.computed ? { computed: r.computed as KpiFormula } : {}),
      ...(r.expected ? { expected: r.expected as KpiFormula } : {}),
      ...(r.tolerance ? { tolerance: r.tolerance as KpiTolerance } : {}),
      ...(r.range ? { range: r.range as KpiDefinition['range'] } : {}),
    }),
  );
  const refById = new Map(rows.map((r) => [r.id, r.ref]));
  const periodRows = await db.selectFrom('kpi_periods').selectAll().where('set_id', '=', stored.id).execute();
  const valueRows =
    rows.length === 0
      ? []
      : await db
          .selectFrom('kpi_values')
          .selectAll()
          .where(
            'definition_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  const periodNames = [...new Set([...periodRows.map((p) => p.period), ...valueRows.map((v) => v.period)])];
  const periods = periodNames.map((period): KpiPeriod => {
    const settings = periodRows.find((p) => p.period === period);
    const values = valueRows
      .filter((v) => v.period === period)
      .map(
        (v): KpiValueRecord => ({
          ref: refById.get(v.definition_id)!,
          value: v.value,
          ...(v.comment !== null ? { comment: v.comment } : {}),
          ...(v.published_target !== null ? { publishedTarget: v.published_target } : {}),
          ...(v.published_rag !== null ? { publishedRag: v.published_rag as Rag } : {}),
          ...(v.rag_override ? { ragOverride: v.rag_override as RagOverride } : {}),
        }),
      );
    return {
      period,
      ...(settings?.data_date ? { dataDate: settings.data_date } : {}),
      ...(settings?.value_version ? { valueVersion: settings.value_version } : {}),
      values,
    };
  });
  return {
    council: council.code,
    financialYear: stored.financialYear,
    ...(stored.targetVersion ? { targetVersion: stored.targetVersion } : {}),
    defaultTolerance: head.default_tolerance as KpiTolerance,
    kpis,
    periods,
  };
}

/** Locks a set's row for this transaction, so writes to one council's KPIs for a year take turns. */
export async function lockSet(db: Kysely<Database>, setId: number): Promise<void> {
  await db.selectFrom('kpi_sets').select('id').where('id', '=', setId).forUpdate().execute();
}

/** Any change in a set (a value, a period, a definition) moves the set's revision on, with who and when. */
export async function touchSet(db: Kysely<Database>, setId: number, by: string, at: Date): Promise<void> {
  await db
    .updateTable('kpi_sets')
    .set({ revision: sql<number>`revision + 1`, updated_by: by, updated_at: at })
    .where('id', '=', setId)
    .execute();
}

/** The row versions of a set: its own, and its definitions', periods' and values' (by "period ref"). */
export async function setRevisions(db: Kysely<Database>, setId: number) {
  const head = await db
    .selectFrom('kpi_sets')
    .select('revision')
    .where('id', '=', setId)
    .executeTakeFirstOrThrow();
  const definitions = await db
    .selectFrom('kpi_definitions')
    .select(['id', 'ref', 'revision'])
    .where('set_id', '=', setId)
    .execute();
  const periods = await db
    .selectFrom('kpi_periods')
    .select(['period', 'revision'])
    .where('set_id', '=', setId)
    .execute();
  const values =
    definitions.length === 0
      ? []
      : await db
          .selectFrom('kpi_values')
          .select(['definition_id', 'period', 'revision'])
          .where(
            'definition_id',
            'in',
            definitions.map((d) => d.id),
          )
          .execute();
  const refOf = new Map(definitions.map((d) => [d.id, d.ref]));
  return {
    set: head.revision,
    definitions: Object.fromEntries(definitions.map((d) => [d.ref, d.revision])),
    periods: Object.fromEntries(periods.map((p) => [p.period, p.revision])),
    values: Object.fromEntries(values.map((v) => [`${v.period} ${refOf.get(v.definition_id)!}`, v.revision])),
  };
}
