import type { ColumnType } from 'kysely';

/** Tables of sign-in protection (migration 011_b). */
export interface SecurityDatabase {
  sign_in_throttles: SignInThrottlesTable;
}

/**
 * Failed sign-ins in the current window: per account and network address (`scope` 'account-address'),
 * per account from any address ('account'), or per address for any account ('address').
 */
export interface SignInThrottlesTable {
  key: string;
  scope: 'account-address' | 'account' | 'address';
  email: string | null;
  client: string;
  failures: number;
  window_start: ColumnType<Date, Date | string, Date | string>;
  last_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
