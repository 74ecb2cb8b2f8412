import type { CouncilBacktest, ForecastPoint } from './backtestCouncil';
import type { CaseloadSeriesId } from './caseloadHistory';
import { methodCatalogue, type MethodDescriptor } from './methodCatalogue';

// Which councils a scorecard scores. At each horizon, a council counts only when every method forecast
// it and its figure was published, so every method faces the same test. A method that forecast too few
// of the councils (the age-group model needs four consecutive years of every age band) is scored on the
// councils it forecast and marked partial instead, so it does not shrink the test for the others.

/** A method forecasting at least this share of the councils the most complete method forecast is compared on all of them. */
export const FULL_COVERAGE = 0.9;

/** One scored forecast with its council. */
export interface ScoredPoint {
  council: string;
  point: ForecastPoint;
}

/** The councils and forecasts one origin is scored on. */
export interface ScoredCouncils {
  /** The methods with any forecast at the origin, in the catalogue's order. */
  methods: MethodDescriptor[];
  /** `${method}|${h}` of each method compared on every council at that horizon. */
  full: Set<string>;
  /** `${method}|${h}` of each method with any forecast at that horizon. */
  present: Set<string>;
  /** `${method}|${h}` -> the scored forecasts, councils in the same order for every full method. */
  points: Map<string, ScoredPoint[]>;
  /** Every council scored at any horizon. */
  councils: Set<string>;
  /** `${method}|${h}` -> forecasts whose outcome was published by the origin (to calibrate intervals). */
  calibration: Map<string, ForecastPoint[]>;
}

const key = (method: string, h: number) => `${method}|${String(h)}`;

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** The councils and forecasts of one origin, series and horizons 1..horizon. */
export function scoredCouncils(
  results: readonly CouncilBacktest[],
  origin: number,
  horizon: number,
  series: CaseloadSeriesId,
): ScoredCouncils {
  const atOrigin = new Map<string, ForecastPoint[]>();
  const calibration = new Map<string, ForecastPoint[]>();
  const forecastBy = new Map<string, Set<string>>();
  for (const r of results) {
    const mine: ForecastPoint[] = [];
    for (const p of r.points) {
      if (p.series !== series) continue;
      if (p.year <= origin) push(calibration, key(p.method, p.h), p);
      if (p.origin !== origin || p.h > horizon) continue;
      mine.push(p);
      const k = key(p.method, p.h);
      forecastBy.set(k, (forecastBy.get(k) ?? new Set()).add(r.council));
    }
    atOrigin.set(r.council, mine);
  }
  const methods = methodCatalogue.filter((m) => [...forecastBy.keys()].some((k) => k.startsWith(`${m.id}|`)));
  const full = new Set<string>();
  const points = new Map<string, ScoredPoint[]>();
  const councils = new Set<string>();
  for (let h = 1; h <= horizon; h += 1) {
    const counts = methods.map((m) => forecastBy.get(key(m.id, h))?.size ?? 0);
    const most = Math.max(0, ...counts);
    methods.forEach((m, i) => {
      if (most > 0 && (counts[i] ?? 0) >= FULL_COVERAGE * most) full.add(key(m.id, h));
    });
    const needed = methods.filter((m) => full.has(key(m.id, h)));
    for (const r of results) {
      const mine = (atOrigin.get(r.council) ?? []).filter(
        (p) => p.h === h && p.actual !== null && p.actual > 0,
      );
      if (mine.length === 0 || !needed.every((m) => mine.some((p) => p.method === m.id))) continue;
      councils.add(r.council);
      for (const point of mine) push(points, key(point.method, h), { council: r.council, point });
    }
  }
  return { methods, full, present: new Set(forecastBy.keys()), points, councils, calibration };
}
