import type { CouncilBacktest, ForecastPoint } from './backtestCouncil';
import { errorQuantiles, intervalOf } from './calibration';
import type { CaseloadSeriesId } from './caseloadHistory';
import { mean, median } from './growth';
import { scoredCouncils } from './scoredCouncils';

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
  /** Scored only on the councils it could forecast (fewer than scoredCouncils' FULL_COVERAGE): not comparable. */
  partial?: true;
  /** Median of (forecast - actual) / actual, %: the typical council's bias (negative: too low). */
  medianSignedError: number | null;
  /** For a model: whether it has a lower median and mean APE than every baseline at this horizon. */
  beatsBaselines?: boolean;
  /** For a model: whether it has a lower median APE than every baseline at this horizon. */
  beatsBaselinesOnMedian?: boolean;
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
    medianSignedError: orNull(median(pe), 2),
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
  const sets = scoredCouncils(results, origin, horizon, series);
  const scores: MethodScore[] = sets.methods.map((m) => ({
    name: m.id,
    label: m.label,
    kind: m.kind,
    horizons: Array.from({ length: horizon }, (_, i) => {
      const key = `${m.id}|${String(i + 1)}`;
      const points = (sets.points.get(key) ?? []).map((s) => s.point);
      // The chosen method's intervals come from the record of the method it chose at this origin and
      // horizon, not from the mixed record of whatever earlier origins chose (naive rules in 2014-2016).
      // Shorter horizons' records are passed too: they stand in while no h-year outcome was published.
      const own = points[0]?.chosenFrom ?? m.id;
      const calibration = Array.from(
        { length: i + 1 },
        (_, k) => sets.calibration.get(`${own}|${String(k + 1)}`) ?? [],
      ).flat();
      const score = scoreHorizon(points, calibration, own, series, origin, i + 1);
      return sets.present.has(key) && !sets.full.has(key) ? { ...score, partial: true as const } : score;
    }),
  }));
  const baselines = scores.filter((s) => s.kind === 'baseline');
  for (const s of scores.filter((x) => x.kind === 'model')) {
    for (const hs of s.horizons) {
      if (hs.n === 0 || hs.medianApe === null || hs.partial) continue;
      const against = baselines.map((b) => b.horizons[hs.h - 1]);
      hs.beatsBaselinesOnMedian = against.every(
        (b) => b?.medianApe != null && (hs.medianApe ?? NaN) < b.medianApe,
      );
      hs.beatsBaselines =
        hs.beatsBaselinesOnMedian &&
        against.every((b) => b?.meanApe != null && hs.meanApe !== null && hs.meanApe < b.meanApe);
    }
  }
  const skipped = results.flatMap((r) =>
    r.skipped
      .filter((s) => s.origin === origin)
      .map((s) => ({ council: r.council, name: r.name, reason: s.reason })),
  );
  return { origin, horizon, series, councils: sets.councils.size, skipped, methods: scores };
}
