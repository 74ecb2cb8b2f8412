import { ageBands, type AgeBand } from '../benchmark/ageBands';
import { methodInputAt, type ForecastPoint } from './backtestCouncil';
import { errorQuantiles, intervalOf, type ErrorQuantiles } from './calibration';
import type { CaseloadSeriesId, CouncilCaseload } from './caseloadHistory';
import { forecastMethodById } from './methods';

// A council's EHCP forecast from its published caseload alone, with 80% and 95% intervals taken from
// how far the same method's past forecasts, for every council, fell from what was then published.

/** A forecast number of plans with its intervals (whole plans); intervals null when uncalibrated. */
export interface ForecastWithInterval {
  forecast: number;
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

/** One forecast census year. */
export interface ForecastYear {
  year: number;
  h: number;
  total: ForecastWithInterval;
  ages: Partial<Record<AgeBand, ForecastWithInterval>>;
}

/** The forecast of a council. */
export interface CaseloadForecast {
  council: string;
  name: string;
  method: string;
  methodLabel: string;
  /** The last census year used. */
  origin: number;
  years: ForecastYear[];
  /** How many past forecasts calibrated each horizon's interval of the total. */
  calibration: { h: number; n: number }[];
}

function withInterval(value: number, q: ErrorQuantiles | undefined): ForecastWithInterval {
  if (!q) return { forecast: Math.round(value), lo80: null, hi80: null, lo95: null, hi95: null };
  const i = intervalOf(value, q);
  return {
    forecast: Math.round(value),
    lo80: Math.round(i.lo80),
    hi80: Math.round(i.hi80),
    lo95: Math.round(i.lo95),
    hi95: Math.round(i.hi95),
  };
}

/**
 * Forecasts a council from the last census year it has (or `origin`), for `horizon` years, with the
 * given method; `calibration` is the back-test of every council (points whose outcome is published).
 */
export function caseloadForecast(
  caseload: CouncilCaseload,
  calibration: readonly ForecastPoint[],
  options: { method: string; horizon: number; origin: number },
): CaseloadForecast | { unavailable: string } {
  const method = forecastMethodById(options.method);
  if (!method) return { unavailable: `'${options.method}' is not a forecasting method.` };
  const forecast = method.forecast(methodInputAt(caseload, options.origin), options.horizon);
  if (!forecast)
    return {
      unavailable: `${caseload.name} has too few consecutive years of published figures up to January ${String(options.origin)} for ${method.label.toLowerCase()}.`,
    };
  const quantiles = new Map<string, ErrorQuantiles | undefined>();
  const q = (series: CaseloadSeriesId, h: number) => {
    const key = `${series}|${String(h)}`;
    if (!quantiles.has(key))
      quantiles.set(key, errorQuantiles(calibration, method.id, series, h, options.origin));
    return quantiles.get(key);
  };
  const years: ForecastYear[] = forecast.total.map((total, i) => {
    const h = i + 1;
    const ages: Partial<Record<AgeBand, ForecastWithInterval>> = {};
    for (const band of ageBands) {
      const value = forecast.bands?.[band][i];
      if (value !== undefined && Number.isFinite(value)) ages[band] = withInterval(value, q(band, h));
    }
    return { year: options.origin + h, h, total: withInterval(total, q('total', h)), ages };
  });
  return {
    council: caseload.council,
    name: caseload.name,
    method: method.id,
    methodLabel: method.label,
    origin: options.origin,
    years,
    calibration: years.map((y) => ({ h: y.h, n: q('total', y.h)?.n ?? 0 })),
  };
}
