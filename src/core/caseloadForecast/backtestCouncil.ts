import { ageBands, type AgeBand } from '../benchmark/ageBands';
import {
  caseloadSeriesIds,
  knownRunEndingAt,
  seriesValues,
  type CaseloadSeriesId,
  type CouncilCaseload,
  type KnownRun,
} from './caseloadHistory';
import { forecastMethods, type ForecastMethod, type MethodInput } from './methods';

// The back-test of one council: at each origin, fit every method on the years up to it and forecast
// the next years, keeping the published figure beside each forecast. Plain JSON in and out, no
// database and no closures over shared state, so each council can be a separate job in a worker.

/** The least history (years ending at the origin, all known) a council needs to be back-tested. */
export const MIN_HISTORY_YEARS = 4;

/** What to back-test for one council. */
export interface CouncilBacktestRequest {
  caseload: CouncilCaseload;
  /** Origins: the last census year each fit may use. */
  origins: number[];
  horizon: number;
  /** Method ids (default: all of them). */
  methods?: string[];
}

/** One forecast beside what was published for that year (null: not published yet, or a code). */
export interface ForecastPoint {
  method: string;
  series: CaseloadSeriesId;
  origin: number;
  h: number;
  year: number;
  forecast: number;
  actual: number | null;
  /** For the chosen method's points: the method chosen there, whose own errors calibrate its intervals. */
  chosenFrom?: string;
}

/** One council's back-test: every forecast made, and the origins it had too little data for. */
export interface CouncilBacktest {
  council: string;
  name: string;
  points: ForecastPoint[];
  skipped: { origin: number; reason: string }[];
}

/** The known runs of the total and every band ending at an origin. */
export function methodInputAt(caseload: CouncilCaseload, origin: number): MethodInput {
  const bands = {} as Record<AgeBand, KnownRun>;
  for (const band of ageBands) bands[band] = knownRunEndingAt(seriesValues(caseload, band), origin);
  return { total: knownRunEndingAt(seriesValues(caseload, 'total'), origin), bands };
}

/** Why a council is not back-tested at an origin (its figure is missing, a code, or its run too short). */
export function whyNotBacktested(caseload: CouncilCaseload, origin: number, known: number): string {
  const at = caseload.years.find((y) => y.year === origin);
  if (!at) return `no published figure for January ${String(origin)}`;
  if (at.total === null) return `January ${String(origin)} is published as a code, not a number`;
  return `only ${String(known)} consecutive year(s) of figures up to January ${String(origin)} (${String(MIN_HISTORY_YEARS)} needed)`;
}

/** Back-tests every method on one council's published caseload. */
export function backtestCouncil(request: CouncilBacktestRequest): CouncilBacktest {
  const { caseload, horizon } = request;
  const methods: ForecastMethod[] = request.methods
    ? forecastMethods.filter((m) => request.methods?.includes(m.id))
    : [...forecastMethods];
  const published = new Map(caseloadSeriesIds.map((id) => [id, seriesValues(caseload, id)] as const));
  const points: ForecastPoint[] = [];
  const skipped: CouncilBacktest['skipped'] = [];
  for (const origin of request.origins) {
    const input = methodInputAt(caseload, origin);
    // A council that did not exist at the origin (abolished before it, created after it) is not missing.
    const existed =
      caseload.years.some((y) => y.year <= origin) && caseload.years.some((y) => y.year >= origin);
    if (!existed) continue;
    if (input.total.values.length < MIN_HISTORY_YEARS) {
      skipped.push({ origin, reason: whyNotBacktested(caseload, origin, input.total.values.length) });
      continue;
    }
    for (const method of methods) {
      const forecast = method.forecast(input, horizon);
      if (!forecast) continue;
      for (let h = 1; h <= horizon; h += 1) {
        const year = origin + h;
        const add = (series: CaseloadSeriesId, value: number | undefined) => {
          if (value === undefined || !Number.isFinite(value)) return;
          points.push({
            method: method.id,
            series,
            origin,
            h,
            year,
            forecast: value,
            actual: published.get(series)?.get(year) ?? null,
          });
        };
        add('total', forecast.total[h - 1]);
        for (const band of ageBands) add(band, forecast.bands?.[band][h - 1]);
      }
    }
  }
  return { council: caseload.council, name: caseload.name, points, skipped };
}
