import type { Migration } from 'kysely';
import * as foundation from './001_foundation';

/** Every migration in order. Names sort as they must run; never rename or edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
};
