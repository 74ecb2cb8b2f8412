import type { ColumnType, Generated } from 'kysely';

/** Forecast input sets and runs (migration 007). jsonb comes back parsed; write it as JSON text. */
export interface ForecastDatabase {
  forecast_input_sets: ForecastInputSetsTable;
  forecast_runs: ForecastRunsTable;
  forecast_run_chunks: ForecastRunChunksTable;
}

type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/**
 * A council's witan.send inputs (census transitions, population, costs, valid states) as read and
 * checked. The transitions are records about children: they are read only by forecast runs.
 */
export interface ForecastInputSetsTable {
  id: Generated<number>;
  council_id: number;
  name: string;
  source: string;
  inputs: Json;
  /** Counts and years, for listing without loading the rows. */
  summary: Json;
  warnings: Json;
  created_by: string;
  created_at: Timestamp;
}

/** One forecast run: how it was asked for, where it is, and its per-year statistics once done. */
export interface ForecastRunsTable {
  id: Generated<number>;
  council_id: number;
  /** 1, 2, 3... within the council: the number people quote ("forecast run 3"). */
  number: number;
  name: string;
  input_set_id: number;
  mode: string;
  options: Json;
  scenario: NullableJson;
  seed: number;
  simulations: number;
  baseline_run_id: number | null;
  status: 'queued' | 'running' | 'completed' | 'failed';
  simulations_done: Generated<number>;
  error: string | null;
  seed_year: number | null;
  /** YearSummary[]: every group's statistics per year (costs in pence). */
  results: NullableJson;
  warnings: Json;
  created_by: string;
  created_at: Timestamp;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** How the run was cut into chunks (migration 012; null for runs made before it). */
  chunk_size: number | null;
  chunks: number | null;
  /** When an unfinished run is given up as failed (null: never, for runs made before migration 012). */
  deadline_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** How often the run was resumed after the server running it stopped (embedded database). */
  resumes: Generated<number>;
}

/** One chunk of a run's simulations, stored once by the worker that ran it (migration 012). */
export interface ForecastRunChunksTable {
  run_id: number;
  chunk: number;
  first_simulation: number;
  simulations: number;
  /** ForecastChunkResult (src/jobs/forecastChunk.ts) as JSON text. */
  result: string;
  worker: string;
  completed_at: Timestamp;
}
