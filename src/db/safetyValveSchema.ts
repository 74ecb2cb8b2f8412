import type { ColumnType, Generated } from 'kysely';

/** Migration 010: the row version, bumped by every write, and who made the last one and when. */
interface RowVersion {
  revision: Generated<number>;
  updated_by: string | null;
}
type UpdatedAt = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

// Safety Valve tables (migration 006). Pence are bigint and come back as numbers; the jsonb columns hold
// the core's types (ConditionProgress[], PartnerContribution[], Risk[], Appendix[], SignOff) as written.

type Json = ColumnType<unknown, string | null, string | null>;
type JsonRequired = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely's view of the Safety Valve tables, merged into `Database` in schema.ts. */
export interface SafetyValveDatabase {
  sv_agreements: SvAgreementsTable;
  sv_conditions: SvConditionsTable;
  sv_deficit_profile: SvDeficitProfileTable;
  sv_payments: SvPaymentsTable;
  sv_returns: SvReturnsTable;
  sv_return_snapshots: SvReturnSnapshotsTable;
  sv_return_versions: SvReturnVersionsTable;
}

export interface SvAgreementsTable extends RowVersion {
  id: Generated<number>;
  council_id: number;
  name: string;
  start_year: string;
  end_year: string;
  signed_on: string | null;
  agreed_version: string | null;
  total_funding: number | null;
  final_payment_year: string | null;
  profile_basis: string;
  description: string | null;
  updated_at: Timestamp;
}

export interface SvConditionsTable {
  agreement_id: number;
  number: string;
  position: number;
  title: string;
  text: string | null;
}

export interface SvDeficitProfileTable {
  agreement_id: number;
  financial_year: string;
  maximum: number;
}

export interface SvPaymentsTable extends RowVersion {
  updated_at: UpdatedAt;
  agreement_id: number;
  financial_year: string;
  instalment: string;
  position: number;
  kind: string;
  planned: number | null;
  received: number | null;
  withheld: number | null;
  due_date: string | null;
  received_date: string | null;
  note: string | null;
}

export interface SvReturnsTable extends RowVersion {
  id: Generated<number>;
  council_id: number;
  period: string;
  data_date: string;
  date_submitted: string | null;
  kpi_period: string;
  projection_version: string | null;
  summary: string;
  conditions: JsonRequired;
  partner_contributions: JsonRequired;
  risks: JsonRequired;
  appendices: JsonRequired;
  ehcp_kpis: JsonRequired;
  s151_sign_off: Json;
  dcs_sign_off: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What a signed return shows, captured at its first signature (migration 010): JSON text and its SHA-256. */
export interface SvReturnSnapshotsTable {
  return_id: number;
  captured_at: Timestamp;
  captured_by: string;
  content: string;
  content_sha256: string;
}

/** The plan versions a signed return's snapshot was drawn from (`role`: agreed, projection, kpiTarget, kpiValue). */
export interface SvReturnVersionsTable {
  return_id: number;
  version_id: number;
  role: string;
}
