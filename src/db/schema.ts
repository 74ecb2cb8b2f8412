import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables. Pence are bigint in SQL and come back as numbers (see openDatabase). */
export interface Database {
  councils: CouncilsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_log: AuditLogTable;
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
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  is_system_admin: Generated<boolean>;
  created_at: CreatedAt;
}

export interface MembershipsTable {
  user_id: number;
  council_id: number;
  role: string;
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
