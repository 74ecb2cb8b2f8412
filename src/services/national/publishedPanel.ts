import type { Kysely } from 'kysely';
import { ageBands } from '../../core/benchmark/ageBands';
import type { PartRef } from '../../core/benchmark/measure';
import { series } from '../../core/benchmark/series';
import {
  publishedPanelOf,
  reconcilePanel,
  type PanelFinding,
  type PublishedPanel,
} from '../../core/caseloadForecast';
import type { Database } from '../../db/schema';
import { NotFoundError } from '../errors';
import { loadSeriesStore, storedPeriods } from './nationalStore';

// Every council's published caseload, requests for assessment and new plans, with England's and the
// regions', reconciled (a region's total given as each council's figure is read as unknown) and with
// the reconciliation's findings, for the pooled forecasts and their back-test.

/** The reconciled panel, its findings, and the census years the data covers. */
export interface LoadedPanel {
  panel: PublishedPanel;
  findings: PanelFinding[];
  years: number[];
}

/** Loads the published panel from the stored national figures (later editions win). */
export async function loadPublishedPanel(db: Kysely<Database>): Promise<LoadedPanel> {
  const periods = await storedPeriods(db);
  const years = (periods.get(series.caseload) ?? []).map(Number).sort((a, b) => a - b);
  if (years.length === 0)
    throw new NotFoundError(
      'No EHCP statistics have been imported yet: run `highneeds national import` with a release zip.',
    );
  const ids = [series.caseload, ...ageBands.map((b) => series.ageBand(b)), series.newPlans, series.requests];
  const wanted: PartRef[] = ids.flatMap((id) =>
    (periods.get(id) ?? []).map((period) => ({ series: id, period })),
  );
  const store = await loadSeriesStore(db, periods, wanted);
  const { panel, findings } = reconcilePanel(publishedPanelOf(store));
  return { panel, findings, years };
}

/** What the stored national data is, as a key: changes whenever a release is imported or updated. */
export async function nationalDataVersion(db: Kysely<Database>): Promise<string> {
  const rows = await db.selectFrom('national_imports').select(['id', 'checksum']).orderBy('id').execute();
  return rows.map((r) => `${String(r.id)}:${r.checksum}`).join(',');
}
