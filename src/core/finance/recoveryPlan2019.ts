import type { Pence } from '../money';

/** One narrative question of the DfE deficit recovery plan template (2019) and the council's answer. */
export interface NarrativeAnswer {
  question: string;
  answer: string;
  /** The word count the submitted template showed, kept to check against. */
  publishedWordCount?: number;
}

/** A row of the template's "Education, Health and Care Plans" table (calendar year of the January census). */
export interface EhcpYearRow {
  year: number;
  plans: number;
  /** Total High Needs Block funding, pence. */
  totalHnb: Pence;
  outturn: Pence;
  /** Cumulative High Needs deficit, pence. */
  cumulative: Pence;
}

/** EHCPs in one age band for each year of the EHCP table, with the percentages the template printed. */
export interface AgeBandRow {
  band: string;
  counts: number[];
  publishedPercent?: number[];
}

/** Everything of a 2019 recovery plan that is not in its plan version: words and the EHCP tables. */
export interface RecoveryPlanDocument {
  council: string;
  planVersion: string;
  template: 'dfe-drp-2019';
  localAuthority: string;
  localAuthorityNumber: string;
  schoolsForumAgreement: string;
  schoolsForumLinks: string;
  narrative: NarrativeAnswer[];
  savingsSummary: Array<{ ref: string; text: string }>;
  pressuresSummary: Array<{ ref: string; text: string }>;
  ehcpTable: EhcpYearRow[];
  ageBands: AgeBandRow[];
}

/** Words as a person counts them: runs of characters between spaces or line breaks. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Each age band's share of the year's total, in whole per cent as the template shows it. */
export function ageBandPercentages(bands: readonly AgeBandRow[], yearIndex: number): number[] {
  const total = bands.reduce((sum, b) => sum + (b.counts[yearIndex] ?? 0), 0);
  return bands.map((b) => (total === 0 ? 0 : Math.round(((b.counts[yearIndex] ?? 0) / total) * 100)));
}
