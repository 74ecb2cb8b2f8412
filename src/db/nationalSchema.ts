import type { ColumnType, Generated } from 'kysely';

// National data (migration 003): published DfE figures shared by every council of the instance, so no
// council_id. `numeric` values come back from PostgreSQL as strings: the repository converts them.

/** One edition of one DfE publication (the June 2025 EHCP release; the 2023-24 DSG allocations). */
export interface NationalReleasesTable {
  id: Generated<number>;
  publication: string;
  edition: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** Each file imported into a release: which, when, by whom, its checksum and what it changed. */
export interface NationalImportsTable {
  id: Generated<number>;
  release_id: number;
  file_name: string;
  /** sha256 of the file's bytes, hex. */
  checksum: string;
  imported_at: ColumnType<Date, Date | string, never>;
  imported_by: string;
  /** The files read (a zip's CSVs) with their data rows: [{ file, rows }]. */
  sources: ColumnType<{ file: string; rows: number }[], string, never>;
  series: ColumnType<string[], string, never>;
  notes: ColumnType<string[], string, never>;
  values_read: number;
  values_added: number;
  values_changed: number;
  values_removed: number;
  neighbours_read: number;
}

/** One published figure: a number, or null with the publisher's reason (x, z, c, ...). */
export interface NationalValuesTable {
  release_id: number;
  series: string;
  /** An LA's three-digit number, a region's E12 code, or England's E92000001. */
  area: string;
  period: string;
  value: ColumnType<string | null, number | null, number | null>;
  missing: string | null;
}

/** An LA's statistical neighbours, nearest first (rank 1..10). */
export interface NationalNeighboursTable {
  release_id: number;
  la: string;
  rank: number;
  neighbour: string;
}

/** The national tables, which the Database interface in schema.ts extends. */
export interface NationalDatabase {
  national_releases: NationalReleasesTable;
  national_imports: NationalImportsTable;
  national_values: NationalValuesTable;
  national_neighbours: NationalNeighboursTable;
}
