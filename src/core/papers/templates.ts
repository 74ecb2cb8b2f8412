// The papers a council writes, as configuration (like the 2019 recovery plan's layout): each template is
// a list of sections, each with a narrative the council writes in the app and/or tables and charts drawn
// from its figures. A new paper, or a committee that wants its sections in another order, is a change
// here, not in the code that draws them.

/** The tables and charts a paper can draw, each from the figures as at the paper's date and version. */
export const figureBlocks = {
  keyFigures: 'Key figures: in-year and cumulative deficit, Safety Valve funding, EHCPs',
  safetyValvePayments: 'Safety Valve funding: promised, received, written off, still to come',
  conditionsAssurance: 'Safety Valve conditions and their assurance in the latest return',
  financialModel: 'The DSG financial model by year (the agreed version)',
  deficitChart: 'Cumulative deficit against the agreed profile (chart)',
  monitoring: 'The financial model against the latest projection, with variance and RAG',
  kpiAnnex: 'Key Performance Indicators: baseline, target, target derivation, latest value and RAG',
  kpiOffTrack: 'KPIs off track (amber and red)',
  savingsDelivery: 'Savings delivery by line: target, delivered to date, forecast, RAG',
  recommendations: 'Recommendations tracker (e.g. the LGA peer review)',
  governanceCycle: 'The meeting cycle, next meetings and overdue actions',
  benchmarkGrowth: 'Growth in EHCPs against comparators (published census)',
  benchmarkPerHead: 'EHCPs against the population (published census)',
  benchmarkAgeProfile: 'Age profile of EHCPs against comparators (published census)',
  benchmarkTopUps: 'Top-up funding per head of the 2-18 population against comparators',
  ehcpForecast: 'EHCP forecast from the published caseload, with intervals',
  placementCosts: 'Top-up value for money: average placement cost by category (placement register)',
} as const;
export type FigureBlockId = keyof typeof figureBlocks;

/** One section of a paper. */
export interface PaperSection {
  key: string;
  heading: string;
  /** Written by the council; guidance says what goes here, and a word limit is shown with the count. */
  narrative?: { guidance: string; wordLimit?: number };
  figures?: FigureBlockId[];
  /** Annexes start on a new page after the body, as committee papers print them. */
  annex?: boolean;
}

/** A short field of the title block ("Report by", "Relevant Portfolio Holder"). */
export interface HeaderField {
  key: string;
  label: string;
}

export const paperTemplateIds = ['committee', 'forum', 'board'] as const;
export type PaperTemplateId = (typeof paperTemplateIds)[number];

/** A kind of paper. */
export interface PaperTemplate {
  id: PaperTemplateId;
  name: string;
  description: string;
  defaultTitle: string;
  /** The kind of body the paper goes to (its meetings can have it attached). */
  bodyKind: 'committee' | 'forum' | 'board';
  header: HeaderField[];
  sections: PaperSection[];
}
