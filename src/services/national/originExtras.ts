import { xoroshiro128plus } from 'pure-rand';
import {
  baselineIds,
  bootstrapMedianDifference,
  CHOSEN,
  methodDescriptor,
  scoredCouncils,
  type BacktestScorecard,
  type BootstrapDifference,
  type FullBacktest,
  type PooledChoice,
} from '../../core/caseloadForecast';
import { simulationStreams } from '../../core/forecast';

// What the scorecard of one origin says beside the scores: which method the back-test chose there and
// on what record, which settings the ensemble's parts used, and whether the chosen method's lead over
// the best naive baseline survives resampling the councils (a seeded bootstrap, so it is reproducible).

/** The method chosen at an origin and horizon, in words. */
export interface OriginChoice {
  h: number;
  method: string;
  label: string;
  /** Mean skill (median APE over the best naive baseline's) on the origins it was chosen on. */
  skill: number;
  origins: number[];
  scoredAt: number;
}

/** The chosen method against the best naive baseline at one horizon, bootstrapped over councils. */
export type ChosenAgainstNaive = BootstrapDifference & {
  h: number;
  method: string;
  against: string;
  seed: number;
};

/** The choices and the bootstrap of one origin. */
export interface OriginExtras {
  chosen: OriginChoice[];
  settings: PooledChoice[];
  bootstrap: ChosenAgainstNaive[];
}

/** The bootstrap stream for an origin and horizon: independent of which other origins are asked for. */
const streamIndex = (origin: number, h: number) => (origin - 2000) * 8 + h;

/** The choices made at the scorecard's origin and the bootstrap of chosen against best naive. */
export function originExtras(full: FullBacktest, card: BacktestScorecard, seed: number): OriginExtras {
  const { origin } = card;
  const streams = simulationStreams(xoroshiro128plus(seed | 0));
  const sets = scoredCouncils(full.results, origin, card.horizon, card.series);
  const bootstrap: ChosenAgainstNaive[] = [];
  for (let h = 1; h <= card.horizon; h += 1) {
    const best = card.methods
      .filter((m) => baselineIds.includes(m.name))
      .map((m) => ({ name: m.name, ape: m.horizons[h - 1]?.medianApe ?? Infinity }))
      .sort((a, b) => a.ape - b.ape)[0];
    const apes = (method: string) =>
      new Map(
        (sets.points.get(`${method}|${String(h)}`) ?? []).map((s) => [
          s.council,
          Math.abs(s.point.forecast / (s.point.actual ?? NaN) - 1) * 100,
        ]),
      );
    const mine = apes(CHOSEN);
    const theirs = apes(best?.name ?? '');
    const councils = [...mine.keys()].filter((c) => theirs.has(c));
    if (!best || councils.length === 0) continue;
    bootstrap.push({
      h,
      method: CHOSEN,
      against: best.name,
      seed,
      ...bootstrapMedianDifference(
        councils.map((c) => mine.get(c) ?? NaN),
        councils.map((c) => theirs.get(c) ?? NaN),
        streams(streamIndex(origin, h)),
      ),
    });
  }
  return {
    chosen: full.methodChoices
      .filter((c) => c.origin === origin && c.h <= card.horizon)
      .map((c) => ({
        h: c.h,
        method: c.method,
        label: methodDescriptor(c.method)?.label ?? c.method,
        skill: Math.round(c.skill * 1000) / 1000,
        origins: c.origins,
        scoredAt: c.scoredAt,
      })),
    settings: full.pooledChoices.filter((c) => c.origin === origin && c.h <= card.horizon),
    bootstrap,
  };
}
