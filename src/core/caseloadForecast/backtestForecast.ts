import { ageBands, type AgeBand } from '../benchmark/ageBands';
import { methodInputAt, MIN_HISTORY_YEARS, whyNotBacktested } from './backtestCouncil';
import { errorQuantiles, intervalOf, type ErrorQuantiles } from './calibration';
import type { CaseloadSeriesId, CouncilCaseload } from './caseloadHistory';
import type { CaseloadForecast, ForecastWithInterval, ForecastYear } from './councilForecast';
import type { FullBacktest } from './fullBacktest';
import { CHOSEN, methodDescriptor } from './methodCatalogue';
import { methodChosenAt } from './methodSelection';

// A council's forecast is the back-test's own forecast at the latest origin: the same code, the same
// settings chosen on earlier origins, so what the look-ahead test proves of the back-test holds for the
// forecast a council sees. Intervals come from the same method's past errors over every council.

/** The method behind each forecast year (the chosen method may differ by horizon). */
export type BacktestForecastYear = ForecastYear & { method: string; methodLabel: string };

/** A council's forecast from the back-test, with the method used at each horizon. */
export type BacktestForecast = Omit<CaseloadForecast, 'years'> & { years: BacktestForecastYear[] };

function withInterval(value: number, q: ErrorQuantiles | undefined): ForecastWithInterval {
  const i = q ? intervalOf(value, q) : undefined;
  const round = (v: number | undefined) => (v === undefined ? null : Math.round(v));
  return {
    forecast: Math.round(value),
    lo80: round(i?.lo80),
    hi80: round(i?.hi80),
    lo95: round(i?.lo95),
    hi95: round(i?.hi95),
  };
}

/**
 * The forecast of a council from `origin` for horizons 1..horizon by `method` (CHOSEN: the back-test's
 * choice at each horizon), or why there is none. The back-test must include the origin.
 */
export function backtestForecast(
  full: FullBacktest,
  caseload: CouncilCaseload,
  options: { method: string; origin: number; horizon: number },
): BacktestForecast | { unavailable: string } {
  const { method, origin, horizon } = options;
  const descriptor = methodDescriptor(method);
  if (!descriptor) return { unavailable: `'${method}' is not a forecasting method.` };
  const mine =
    full.results
      .find((r) => r.council === caseload.council)
      ?.points.filter((p) => p.origin === origin && p.method === method) ?? [];
  const total = (h: number) => mine.find((p) => p.h === h && p.series === 'total');
  if (!total(1)) {
    const known = methodInputAt(caseload, origin).total.values.length;
    const reason =
      known < MIN_HISTORY_YEARS
        ? whyNotBacktested(caseload, origin, known)
        : 'the published figures it needs are missing';
    return {
      unavailable: `${caseload.name} cannot be forecast from January ${String(origin)} by ${descriptor.label.toLowerCase()}: ${reason}.`,
    };
  }
  // The chosen method's intervals come from the own record of the method chosen at each horizon.
  const usedAt = (h: number) =>
    method === CHOSEN ? (methodChosenAt(full.methodChoices, origin, h) ?? method) : method;
  const used = new Set(Array.from({ length: horizon }, (_, i) => usedAt(i + 1)));
  const everyone = full.results.flatMap((r) =>
    r.points.filter((p) => used.has(p.method) && p.year <= origin),
  );
  const quantiles = new Map<string, ErrorQuantiles | undefined>();
  const q = (series: CaseloadSeriesId, h: number) => {
    const key = `${series}|${String(h)}`;
    if (!quantiles.has(key)) quantiles.set(key, errorQuantiles(everyone, usedAt(h), series, h, origin));
    return quantiles.get(key);
  };
  const years: BacktestForecastYear[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const point = total(h);
    if (!point) break;
    const ages: Partial<Record<AgeBand, ForecastWithInterval>> = {};
    for (const band of ageBands) {
      const p = mine.find((x) => x.h === h && x.series === band);
      if (p && Number.isFinite(p.forecast)) ages[band] = withInterval(p.forecast, q(band, h));
    }
    years.push({
      year: origin + h,
      h,
      total: withInterval(point.forecast, q('total', h)),
      ages,
      method: usedAt(h),
      methodLabel: methodDescriptor(usedAt(h))?.label ?? usedAt(h),
    });
  }
  return {
    council: caseload.council,
    name: caseload.name,
    method,
    methodLabel: descriptor.label,
    origin,
    years,
    calibration: years.map((y) => ({ h: y.h, n: q('total', y.h)?.n ?? 0 })),
  };
}
