import type { Migration } from 'kysely';
import * as foundation from './001_foundation';
import * as financialModel from './002_financial_model';

/** Every migration in order. Names sort as they must run; never rename or edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_financial_model': financialModel,
};
