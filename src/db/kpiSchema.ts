import type { ColumnType, Generated } from 'kysely';

/** Migration 010: the row version, bumped by every write, and who made the last one and when. */
interface RowVersion {
  revision: Generated<number>;
  updated_by: string | null;
}
type UpdatedAt = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

// KPI tables (migration 005). Figures are double precision in the KPI's unit (pence for money); the JSON
// columns hold the core's types (TargetDerivation, KpiFormula, KpiTolerance, RagOverride) as written.

type Json = ColumnType<unknown, string | null, string | null>;
type JsonRequired = ColumnType<unknown, string, string>;

/** Kysely's view of the KPI tables, merged into `Database` in schema.ts. */
export interface KpiDatabase {
  kpi_sets: KpiSetsTable;
  kpi_definitions: KpiDefinitionsTable;
  kpi_periods: KpiPeriodsTable;
  kpi_values: KpiValuesTable;
}

/** A council's KPIs for one financial year. */
export interface KpiSetsTable extends RowVersion {
  updated_at: UpdatedAt;
  id: Generated<number>;
  council_id: number;
  financial_year: string;
  target_version: string | null;
  default_tolerance: JsonRequired;
}

/** One KPI definition. */
export interface KpiDefinitionsTable extends RowVersion {
  id: Generated<number>;
  set_id: number;
  ref: string;
  position: number;
  name: string;
  category: string;
  unit: string;
  decimals: number | null;
  direction: string;
  baseline: number | null;
  baseline_date: string;
  annual_target: number | null;
  target: JsonRequired;
  computed: Json | null;
  expected: Json | null;
  tolerance: Json | null;
  range: Json | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A reporting period of a set: its data date and the plan version computed values come from. */
export interface KpiPeriodsTable extends RowVersion {
  updated_at: UpdatedAt;
  set_id: number;
  period: string;
  data_date: string | null;
  value_version: string | null;
}

/** One KPI's record for one period (changes are kept in the audit log). */
export interface KpiValuesTable {
  definition_id: number;
  period: string;
  value: number | null;
  comment: string | null;
  published_target: number | null;
  published_rag: string | null;
  rag_override: Json | null;
  recorded_at: ColumnType<Date, Date | string, Date | string>;
  recorded_by: string;
  /** Migration 010: bumped by every write (who and when are recorded_by and recorded_at). */
  revision: Generated<number>;
}
