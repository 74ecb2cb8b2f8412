import { MIN_HISTORY_YEARS, type CouncilBacktest } from './backtestCouncil';
import type { CaseloadSeriesId } from './caseloadHistory';
import { chooseMethod, withChosen, type MethodChoice } from './methodSelection';
import { pooledBacktest, type PooledChoice } from './pooledBacktest';
import type { PooledComponent } from './pooledMethods';
import { latestCensus, type PublishedPanel } from './publishedPanel';
import { backtestScorecard, type BacktestScorecard } from './scorecard';

// The whole back-test: the per-council methods (run per council, as jobs, by the caller), the pooled
// parts and their ensemble, then the method chosen at every origin from the scorecards of the earlier
// ones. Every origin from the first with four years of figures is run, because each choice needs the
// record of the origins before it.

/** Every method's forecasts at every origin, and every choice made on the way. */
export interface FullBacktest {
  results: CouncilBacktest[];
  pooledChoices: PooledChoice[];
  methodChoices: MethodChoice[];
  /** The first origin with four years of figures behind it, and the last census in the data. */
  earliest: number;
  lastCensus: number;
}

/** The first origin with MIN_HISTORY_YEARS of figures behind it. */
export function earliestOrigin(panel: PublishedPanel): number {
  const first = Math.min(...[panel.england, ...panel.councils].flatMap((m) => m.years.map((y) => y.year)));
  return first + MIN_HISTORY_YEARS - 1;
}

/** Every origin from the earliest up to `last`. */
export function originsUpTo(panel: PublishedPanel, last: number): number[] {
  const out: number[] = [];
  for (let o = earliestOrigin(panel); o <= last; o += 1) out.push(o);
  return out;
}

function merge(a: readonly CouncilBacktest[], b: readonly CouncilBacktest[]): CouncilBacktest[] {
  const extra = new Map(b.map((r) => [r.council, r]));
  const out = a.map((r) => ({ ...r, points: [...r.points, ...(extra.get(r.council)?.points ?? [])] }));
  const known = new Set(a.map((r) => r.council));
  return [...out, ...b.filter((r) => !known.has(r.council))];
}

/**
 * Runs the pooled back-test for every origin up to `lastOrigin`, merges it with the per-council
 * back-test (which must cover the same origins), and adds the method chosen at each origin. The
 * ensemble's parts can be replaced (the look-ahead test shows it catches a part that peeks).
 */
export function fullBacktest(
  panel: PublishedPanel,
  perCouncil: readonly CouncilBacktest[],
  horizon: number,
  lastOrigin: number,
  components?: readonly PooledComponent[],
): FullBacktest {
  const origins = originsUpTo(panel, lastOrigin);
  const earliest = origins[0] ?? lastOrigin;
  const last = latestCensus(panel);
  const pooled = pooledBacktest(panel, origins, horizon, components);
  const results = merge(perCouncil, pooled.results);
  const cards = new Map<number, BacktestScorecard>();
  for (const o of origins)
    if (o < last) cards.set(o, backtestScorecard(results, o, Math.min(horizon, last - o)));
  const methodChoices = origins.flatMap((o) =>
    Array.from({ length: horizon }, (_, i) => chooseMethod(cards, o, i + 1, earliest)).filter(
      (c): c is MethodChoice => c !== undefined,
    ),
  );
  return {
    results: withChosen(results, methodChoices),
    pooledChoices: pooled.choices,
    methodChoices,
    earliest,
    lastCensus: last,
  };
}

/** The scorecard of one origin, for the horizons whose outcome is in the data (at most `horizon`). */
export function scorecardAt(
  full: FullBacktest,
  origin: number,
  horizon: number,
  series: CaseloadSeriesId = 'total',
): BacktestScorecard {
  return backtestScorecard(full.results, origin, Math.min(horizon, full.lastCensus - origin), series);
}
