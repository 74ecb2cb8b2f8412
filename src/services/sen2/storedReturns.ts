import type { Kysely } from 'kysely';
import { indexReturn, type ReturnIndex } from '../../core/sen2/returnIndex';
import type { SettingLookups } from '../../core/sen2/settingResolution';
import type { Database } from '../../db/schema';
import { listReturns, loadReturn, type StoredReturn } from '../../db/sen2Repository';
import type { Council } from '../councils';
import { NotFoundError } from '../errors';
import { settingLookupsFor } from './settingLookups';

/** A council's stored returns, joined up and keyed by collection year, with their lookups. */
export interface CouncilReturns {
  stored: StoredReturn[];
  byYear: Map<number, ReturnIndex>;
  lookups: SettingLookups;
  /** Whether any return is made up (the demo's): every figure from them is labelled synthetic. */
  synthetic: boolean;
}

/** Loads every return of the council (or says how to import one). */
export async function loadCouncilReturns(db: Kysely<Database>, council: Council): Promise<CouncilReturns> {
  const stored = await listReturns(db, council.id);
  if (stored.length === 0)
    throw new NotFoundError(
      `${council.name} has no SEN2 return yet: import one (highneeds sen2 import FOLDER --council ${council.code}).`,
    );
  const byYear = new Map<number, ReturnIndex>();
  for (const s of stored) byYear.set(s.collectionYear, indexReturn(await loadReturn(db, s, council.code)));
  return {
    stored,
    byYear,
    lookups: await settingLookupsFor(db, council.id),
    synthetic: stored.some((s) => s.synthetic),
  };
}

/** The return that best describes a date: the first whose reference date is on or after it, else the latest. */
export function returnForDate(returns: CouncilReturns, date: string): StoredReturn {
  return returns.stored.find((s) => s.referenceDate >= date) ?? returns.stored[returns.stored.length - 1]!;
}
