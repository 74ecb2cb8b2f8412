import type { ColumnType, Generated } from 'kysely';

/** Migration 010: the row version, bumped by every write, and who made the last one and when. */
interface RowVersion {
  revision: Generated<number>;
  updated_by: string | null;
}

/** The placement register's tables (migration 004). Pence are bigint and come back as numbers. */
export interface PlacementsDatabase {
  placement_snapshots: PlacementSnapshotsTable;
  placement_records: PlacementRecordsTable;
  placement_settings: PlacementSettingsTable;
}

/** One dated snapshot of a council's register; counts only, the rows are in placement_records. */
export interface PlacementSnapshotsTable extends RowVersion {
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  id: Generated<number>;
  council_id: number;
  as_at: string;
  source: string | null;
  placements: number;
  children: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string;
  /** Migration 009: made-up rows (the demo register), labelled synthetic wherever they show. */
  synthetic: ColumnType<boolean, boolean | undefined, boolean>;
}

/** One placement of a snapshot; dates are ISO text, amounts annual pence. */
export interface PlacementRecordsTable {
  snapshot_id: number;
  row_number: number;
  child_id: string;
  date_of_birth: string | null;
  ncy: number | null;
  primary_need: string;
  setting_type: string;
  provider: string;
  urn: string | null;
  in_borough: boolean;
  start_date: string;
  end_date: string | null;
  cost_basis: 'academic' | 'financial';
  place_funding: number;
  top_up: number;
  other_cost: number;
  health_contribution: number;
  social_care_contribution: number;
  adult_social_care_contribution: number;
  /** Migration 009: adults' health, told apart from children's health (health_contribution). */
  adult_health_contribution: number;
  council_category: string | null;
}

/** A council's own placement categories and notional SEN threshold. */
export interface PlacementSettingsTable extends RowVersion {
  council_id: number;
  category_map: ColumnType<unknown, string, string>;
  notional_sen_threshold: number;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
