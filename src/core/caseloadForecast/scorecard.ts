import type { CouncilBacktest, ForecastPoint } from './backtestCouncil';
import { errorQuantiles, intervalOf } from './calibration';
import type { CaseloadSeriesId } from './caseloadHistory';
import { mean, median } from './growth';
import { forecastMethods } from './methods';

// The honest scorecard: every method scored on the same councils at one origin against what the DfE
// then published. Percentage errors are (forecast - actual) / actual; a positive bias over-forecasts.

/** One method's accuracy at one horizon. */
export interface HorizonScore {
  h: number;
  /** The census year forecast (origin + h). */
  year: number;
  /** Councils scored (the same for every method). */
  n: number;
  medianApe: number | null;
  meanApe: number | null;
  bias: number | null;
  /** Share of councils (0-1) whose published figure fell inside the 80% / 95% interval; null: no interval. */
  coverage80: number | null;
  coverage95: number | null;
  /** Median width of the 80% interval, as % of the forecast. */
  width80: number | null;
  /** For a model: whether it has a lower median and mean APE than every baseline at this horizon. */
  beatsBaselines?: boolean;
}

/** One method's row of the scorecard. */
export interface MethodScore {
  name: string;
  label: string;
  kind: 'baseline' | 'model';
  horizons: HorizonScore[];
}

/** The scorecard of one origin. */
export interface BacktestScorecard {
  origin: number;
  horizon: number;
  series: CaseloadSeriesId;
  /** Councils with at least one scored forecast. */
  councils: number;
  /** Councils the methods could not be fitted for at this origin, with why. */
  skipped: { council: string; name: string; reason: string }[];
  methods: MethodScore[];
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
const orNull = (v: number, places: number) => (Number.isFinite(v) ? round(v, places) : null);

function scoreHorizon(
  points: ForecastPoint[],
  allPoints: readonly ForecastPoint[],
  method: string,
  series: CaseloadSeriesId,
  origin: number,
  h: number,
): HorizonScore {
  const pe = points.map((p) => ((p.forecast - (p.actual ?? NaN)) / (p.actual ?? NaN)) * 100);
  const q = errorQuantiles(allPoints, method, series, h, origin);
  let coverage80: number | null = null;
  let coverage95: number | null = null;
  let width80: number | null = null;
  if (q && points.length > 0) {
    const intervals = points.map((p) => ({ p, i: intervalOf(p.forecast, q) }));
    coverage80 =
      intervals.filter(({ p, i }) => (p.actual ?? NaN) >= i.lo80 && (p.actual ?? NaN) <= i.hi80).length /
      points.length;
    coverage95 =
      intervals.filter(({ p, i }) => (p.actual ?? NaN) >= i.lo95 && (p.actual ?? NaN) <= i.hi95).length /
      points.length;
    width80 = round((Math.exp(q.hi80) - Math.exp(q.lo80)) * 100, 1);
  }
  return {
    h,
    year: origin + h,
    n: points.length,
    medianApe: orNull(median(pe.map(Math.abs)), 2),
    meanApe: orNull(mean(pe.map(Math.abs)), 2),
    bias: orNull(mean(pe), 2),
    coverage80: coverage80 === null ? null : round(coverage80, 3),
    coverage95: coverage95 === null ? null : round(coverage95, 3),
    width80,
  };
}

/**
 * Scores every method's forecasts from `origin` for horizons 1..horizon. A council counts at a horizon
 * only when every method forecast it and its figure was published, so the methods face the same test.
 */
export function backtestScorecard(
  results: readonly CouncilBacktest[],
  origin: number,
  horizon: number,
  series: CaseloadSeriesId = 'total',
): BacktestScorecard {
  // The methods that could forecast at this origin (the age-group model needs four consecutive years of ages).
  const methods = forecastMethods.filter((m) =>
    results.some((r) => r.points.some((p) => p.method === m.id && p.origin === origin)),
  );
  const allPoints = results.flatMap((r) => r.points);
  const scored = new Set<string>();
  const byMethodH = new Map<string, ForecastPoint[]>();
  for (let h = 1; h <= horizon; h += 1) {
    for (const r of results) {
      const mine = r.points.filter(
        (p) => p.origin === origin && p.h === h && p.series === series && p.actual !== null && p.actual > 0,
      );
      if (!methods.every((m) => mine.some((p) => p.method === m.id))) continue;
      scored.add(r.council);
      for (const p of mine)
        byMethodH.set(`${p.method}|${String(h)}`, [...(byMethodH.get(`${p.method}|${String(h)}`) ?? []), p]);
    }
  }
  const scores: MethodScore[] = methods.map((m) => ({
    name: m.id,
    label: m.label,
    kind: m.kind,
    horizons: Array.from({ length: horizon }, (_, i) =>
      scoreHorizon(byMethodH.get(`${m.id}|${String(i + 1)}`) ?? [], allPoints, m.id, series, origin, i + 1),
    ),
  }));
  const baselines = scores.filter((s) => s.kind === 'baseline');
  for (const s of scores.filter((x) => x.kind === 'model')) {
    for (const hs of s.horizons) {
      const beats = (b: MethodScore) => {
        const bh = b.horizons[hs.h - 1];
        return (
          hs.medianApe !== null &&
          hs.meanApe !== null &&
          bh?.medianApe != null &&
          bh.meanApe != null &&
          hs.medianApe < bh.medianApe &&
          hs.meanApe < bh.meanApe
        );
      };
      if (hs.n > 0) hs.beatsBaselines = baselines.every(beats);
    }
  }
  const skipped = results.flatMap((r) =>
    r.skipped
      .filter((s) => s.origin === origin)
      .map((s) => ({ council: r.council, name: r.name, reason: s.reason })),
  );
  return { origin, horizon, series, councils: scored.size, skipped, methods: scores };
}
