import type { ColumnType, Generated } from 'kysely';
import type { ForecastDatabase } from './forecastSchema';
import type { KpiDatabase } from './kpiSchema';
import type { NationalDatabase } from './nationalSchema';
import type { PapersDatabase } from './papersSchema';
import type { PlacementsDatabase } from './placementsSchema';
import type { ReformPlanDatabase } from './reformPlanSchema';
import type { SafetyValveDatabase } from './safetyValveSchema';
import type { Sen2Database } from './sen2Schema';
import type { SecurityDatabase } from './securitySchema';

/** Kysely's view of the tables. Pence are bigint in SQL and come back as numbers (see openDatabase). */
export interface Database
  extends NationalDatabase,
    KpiDatabase,
    PlacementsDatabase,
    SafetyValveDatabase,
    ForecastDatabase,
    Sen2Database,
    SecurityDatabase,
    PapersDatabase,
    ReformPlanDatabase {
  councils: CouncilsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_log: AuditLogTable;
  plan_versions: PlanVersionsTable;
  plan_lines: PlanLinesTable;
  plan_line_amounts: PlanLineAmountsTable;
  recovery_plan_documents: RecoveryPlanDocumentsTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface CouncilsTable {
  id: Generated<number>;
  code: string;
  new_code: string;
  name: string;
  region: string;
  s151_officer: string | null;
  director_of_childrens_services: string | null;
  variance_tolerance: Json | null;
  created_at: CreatedAt;
  /** Migration 010: the row version, bumped by every write, and who made the last one and when. */
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  is_system_admin: Generated<boolean>;
  created_at: CreatedAt;
  /** Set by an administrator's password reset: the person must choose a new one at their next sign-in. */
  must_change_password: Generated<boolean>;
}

export interface MembershipsTable {
  user_id: number;
  council_id: number;
  role: string;
  /** The name this council's administrator gave the person (migration 011_a); null: show the email. */
  display_name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  at: CreatedAt;
  email: string;
  client: string;
  succeeded: boolean;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: number | null;
  actor_email: string;
  council_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: ColumnType<Record<string, unknown> | null, string | null, never>;
}

/** A jsonb column: objects come back parsed; write them as JSON text. */
type Json = ColumnType<unknown, string | null, string | null>;

export interface PlanVersionsTable {
  id: Generated<number>;
  council_id: number;
  name: string;
  description: string | null;
  status: 'draft' | 'frozen';
  years: ColumnType<string[], string, string>;
  opening_cumulative_deficit: number;
  opening_dfe_contributions: number;
  opening_basis: string | null;
  published: Json | null;
  published_rounded_to: number | null;
  outturn: Json | null;
  /** Migration 016: usable reserves by year (pence), and the last day the statutory override applies. */
  usable_reserves: Json | null;
  override_ends_after: string | null;
  based_on_id: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  frozen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  frozen_by: string | null;
  /** Migration 010: the row version, bumped by every write, and who made the last one and when. */
  revision: Generated<number>;
  updated_by: string | null;
}

export interface PlanLinesTable {
  id: Generated<number>;
  version_id: number;
  line_key: string;
  position: number;
  kind: string;
  label: string;
  links: ColumnType<Record<string, string>, string, string>;
  memo: boolean;
  /** Migration 010: the row version, bumped by every write, and who made the last one and when. */
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Migration 010: for a line written by a push of a modelled cost, where it came from and what it replaced. */
  pushed: ColumnType<unknown, string | null | undefined, string | null>;
  /** Migration 016: the rule of a stabilityGrant or hnbGrowth line. */
  rule: Json | null;
}

export interface PlanLineAmountsTable {
  line_id: number;
  financial_year: string;
  amount: number;
  /** Migration 010: the row version, bumped by every write, and who made the last one and when. */
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RecoveryPlanDocumentsTable {
  id: Generated<number>;
  council_id: number;
  version_id: number;
  content: ColumnType<unknown, string, string>;
}
