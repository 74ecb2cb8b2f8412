import type { Kysely } from 'kysely';
import { ageBands } from '../../core/benchmark/ageBands';
import { laByCode } from '../../core/benchmark/laLookup';
import { localAuthorities, type LocalAuthority } from '../../core/benchmark/localAuthorities';
import type { PartRef } from '../../core/benchmark/measure';
import { series } from '../../core/benchmark/series';
import type { CouncilCaseload } from '../../core/caseloadForecast';
import type { Database } from '../../db/schema';
import { NotFoundError } from '../errors';
import { loadSeriesStore, storedPeriods } from './nationalStore';

// Every council's published caseload (total and age bands, every census year imported), as the plain
// JSON the forecasts and back-tests take. Later editions win, as everywhere in the national data.

/** The published caseload of every LA with any figure, and the census years the data covers. */
export interface PublishedCaseloads {
  councils: CouncilCaseload[];
  years: number[];
}

/** Loads every LA's caseload history from the stored national figures. */
export async function loadPublishedCaseloads(db: Kysely<Database>): Promise<PublishedCaseloads> {
  const periods = await storedPeriods(db);
  const ids = [series.caseload, ...ageBands.map((b) => series.ageBand(b))];
  const wanted: PartRef[] = ids.flatMap((id) =>
    (periods.get(id) ?? []).map((period) => ({ series: id, period })),
  );
  const years = (periods.get(series.caseload) ?? []).map(Number).sort((a, b) => a - b);
  if (years.length === 0)
    throw new NotFoundError(
      'No EHCP statistics have been imported yet: run `highneeds national import` with a release zip.',
    );
  const store = await loadSeriesStore(db, periods, wanted);
  const councils: CouncilCaseload[] = [];
  for (const la of localAuthorities) {
    const rows = years
      .filter((year) => store.get(series.caseload, la.code, String(year)) !== undefined)
      .map((year) => {
        const value = (id: string) => store.get(id, la.code, String(year))?.value ?? null;
        return {
          year,
          total: value(series.caseload),
          ages: Object.fromEntries(
            ageBands.map((b) => [b, value(series.ageBand(b))]),
          ) as CouncilCaseload['years'][number]['ages'],
        };
      });
    if (rows.length > 0) councils.push({ council: la.code, name: la.name, years: rows });
  }
  return { councils, years };
}

/** The LA for a code, or a NotFoundError saying what codes look like. */
export function requireLa(code: string): LocalAuthority {
  const la = laByCode(code);
  if (!la)
    throw new NotFoundError(
      `No local authority with code ${code} in the DfE's data: use the three-digit LA number (314) or the ONS code (E09000021).`,
    );
  return la;
}
