import type { ColumnType, Generated } from 'kysely';

// The stored reform plans' tables (migration 019). jsonb columns hold what the services wrote: a
// mitigation's phase-in, scenario changes and money per year (pence), a run's forecasts' means by key.

type Json = ColumnType<unknown, string | null, string | null>;
type JsonRequired = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely's view of the reform plan tables, merged into `Database` in schema.ts. */
export interface ReformPlanDatabase {
  reform_plans: ReformPlansTable;
  reform_plan_mitigations: ReformPlanMitigationsTable;
  reform_plan_runs: ReformPlanRunsTable;
}

export interface ReformPlansTable {
  id: Generated<number>;
  council_id: number;
  name: string;
  input_set_id: number;
  mode: 'default' | 'witan';
  scenario: Json;
  seed: number;
  simulations: number;
  period_from: string;
  period_until: string;
  plan_version: string | null;
  illustrative: Generated<boolean>;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ReformPlanMitigationsTable {
  id: Generated<number>;
  plan_id: number;
  key: string;
  position: number;
  name: string;
  workstream: string;
  owner: string;
  start_year: string;
  phase_in: JsonRequired;
  changes: Json;
  amounts: Json;
  illustrative: Generated<boolean>;
}

export interface ReformPlanRunsTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  what_if: Json;
  /** The mitigations as run (the plan may change while it runs). */
  mitigations: JsonRequired;
  status: 'queued' | 'running' | 'completed' | 'failed';
  forecasts_total: number;
  /** Means of each forecast done, by planForecasts' key. */
  forecasts: JsonRequired;
  result: Json;
  error: string | null;
  created_by: string;
  created_at: Timestamp;
  completed_at: Date | null;
}
