import type { MissingReason } from '../../core/benchmark/figure';

/** The DfE publications the product reads. */
export type Publication =
  | 'ehcp-statistics'
  | 'hn-benchmarking'
  | 'dsg-allocations'
  | 'dsg-by-year'
  | 'dsg-cumulative-balance'
  | 'statistical-neighbours';

/** How each publication is named to people. */
export const publicationTitles: Record<Publication, string> = {
  'ehcp-statistics': 'Education, health and care plans (EHCP statistics release)',
  'hn-benchmarking': 'High needs benchmarking tool: all LA data table',
  'dsg-allocations': 'Dedicated schools grant allocations',
  'dsg-by-year': 'Total DSG allocation by year',
  'dsg-cumulative-balance': 'DSG cumulative balance as % of DSG income',
  'statistical-neighbours': 'Statistical neighbours (10 per LA)',
};

/** One published figure as stored: series, area (LA number, E12 region, E92 England), period. */
export interface PublishedValue {
  series: string;
  area: string;
  period: string;
  value: number | null;
  missing: MissingReason | null;
}

/** An LA's statistical neighbours, nearest first. */
export interface NeighbourList {
  la: string;
  neighbours: string[];
}

/** What a reader got from one published file: ready to import as one release. */
export interface NationalDataset {
  publication: Publication;
  /** Which edition: '2025' for the June 2025 EHCP release, '2023-24' for a DSG allocations year. */
  edition: string;
  /** The series this file is the source of: importing it again replaces exactly these. */
  series: string[];
  values: PublishedValue[];
  neighbours: NeighbourList[];
  /** The files read (a zip has several) and their data rows. */
  sources: { file: string; rows: number }[];
  /** Things the reader handled that a person should know (errata, series breaks, unattributed figures). */
  notes: string[];
}
