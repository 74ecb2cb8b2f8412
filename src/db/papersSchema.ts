import type { ColumnType, Generated } from 'kysely';

// The papers' and governance tables (migration 017). Dates are ISO text; pence bigint (numbers here);
// jsonb columns hold what the services wrote (a paper's narrative by field, a contact, document links).

type Json = ColumnType<unknown, string | null, string | null>;
type JsonRequired = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely's view of the papers and governance tables, merged into `Database` in schema.ts. */
export interface PapersDatabase {
  papers: PapersTable;
  council_paper_settings: CouncilPaperSettingsTable;
  savings_delivery: SavingsDeliveryTable;
  condition_savings_lines: ConditionSavingsLinesTable;
  return_figure_overrides: ReturnFigureOverridesTable;
  governance_bodies: GovernanceBodiesTable;
  meetings: MeetingsTable;
  meeting_documents: MeetingDocumentsTable;
  governance_items: GovernanceItemsTable;
}

export interface PapersTable {
  id: Generated<number>;
  council_id: number;
  template: string;
  title: string;
  as_at: string;
  plan_version: string | null;
  narrative: JsonRequired;
  status: 'draft' | 'final';
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
}

export interface CouncilPaperSettingsTable {
  council_id: number;
  key_contact: Json;
  background_documents: JsonRequired;
  updated_at: Timestamp;
}

export interface SavingsDeliveryTable {
  id: Generated<number>;
  council_id: number;
  version_id: number;
  line_key: string;
  financial_year: string;
  as_at: string;
  delivered: number;
  forecast: number;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ConditionSavingsLinesTable {
  council_id: number;
  condition_number: string;
  line_key: string;
}

export interface ReturnFigureOverridesTable {
  council_id: number;
  period: string;
  figure: string;
  value: number;
  reason: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface GovernanceBodiesTable {
  id: Generated<number>;
  council_id: number;
  name: string;
  kind: 'board' | 'committee' | 'forum' | 'dfe' | 'other';
  cadence_months: number | null;
  chair: string | null;
  remit: string | null;
}

export interface MeetingsTable {
  id: Generated<number>;
  council_id: number;
  body_id: number;
  meets_on: string;
  title: string | null;
  status: 'planned' | 'held' | 'cancelled';
  notes: string | null;
}

export interface MeetingDocumentsTable {
  id: Generated<number>;
  meeting_id: number;
  paper_id: number | null;
  title: string;
  url: string | null;
}

export interface GovernanceItemsTable {
  id: Generated<number>;
  council_id: number;
  kind: 'decision' | 'action' | 'recommendation' | 'progress' | 'issue';
  meeting_id: number | null;
  reference: string | null;
  source: string | null;
  title: string;
  detail: string | null;
  owner: string | null;
  due_on: string | null;
  status: 'open' | 'inProgress' | 'done' | 'closed';
  completed_on: string | null;
  progress: string | null;
  workstream: string | null;
  recorded_on: string;
  revision: Generated<number>;
  updated_at: Timestamp;
}
