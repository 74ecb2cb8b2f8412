import type { CouncilBacktest } from './backtestCouncil';
import { median, quantile } from './growth';
import { baselineIds, methodDescriptor } from './methodCatalogue';
import { scoredCouncils } from './scoredCouncils';
import { backtestScorecard } from './scorecard';
import { SELECTION_WINDOW } from './settingSelection';

// What the back-test says about a forecast, in plain words for the page and the command line: how close
// the same method came in the last years that can be checked, against the best naive rule, and how
// often its 80% intervals held the published figure.

/** The back-test's record of a method at one horizon, over the latest origins whose outcome is published. */
export interface ForecastEvidence {
  h: number;
  method: string;
  /** The origins the record is taken from (the last SELECTION_WINDOW with a published outcome). */
  origins: number[];
  /** Council-origins scored. */
  n: number;
  medianApe: number;
  /** The APE nine in ten councils were within. */
  ape90: number;
  /** Shares of councils within 5% and within 10%. */
  within5: number;
  within10: number;
  /** The naive baseline with the lowest pooled median APE on the same councils. */
  bestNaive: { method: string; label: string; medianApe: number };
  /** Share of councils inside the 80% interval (null: no interval at some origin). */
  coverage80: number | null;
  sentence: string;
}

const words = ['', 'one year', 'two years', 'three years', 'four years', 'five years'];
const pct = (v: number) => `${v.toFixed(1)}%`;
const years = (from: number[]) =>
  from.length === 1
    ? `January ${String(from[0])}`
    : `January ${String(Math.min(...from))} to ${String(Math.max(...from))}`;

/** The record of `method` at horizon h as seen from `origin` (outcomes published by then), or undefined. */
export function forecastEvidence(
  results: readonly CouncilBacktest[],
  method: string,
  origin: number,
  h: number,
  earliest: number,
): ForecastEvidence | undefined {
  const origins: number[] = [];
  for (let o = origin - h; o >= earliest && origins.length < SELECTION_WINDOW; o -= 1) origins.push(o);
  const apes = new Map<string, number[]>();
  let covered = 0;
  let coverageKnown = true;
  for (const o of origins) {
    const sets = scoredCouncils(results, o, h, 'total');
    for (const m of [method, ...baselineIds])
      for (const s of sets.points.get(`${m}|${String(h)}`) ?? [])
        apes.set(m, [...(apes.get(m) ?? []), Math.abs(s.point.forecast / (s.point.actual ?? NaN) - 1) * 100]);
    const score = backtestScorecard(results, o, h).methods.find((m) => m.name === method)?.horizons[h - 1];
    if (score?.coverage80 == null) coverageKnown = false;
    else covered += score.coverage80 * score.n;
  }
  const mine = apes.get(method) ?? [];
  if (mine.length === 0) return undefined;
  const naive = baselineIds
    .map((b) => ({ method: b, label: methodDescriptor(b)?.label ?? b, medianApe: median(apes.get(b) ?? []) }))
    .filter((b) => Number.isFinite(b.medianApe))
    .sort((a, b) => a.medianApe - b.medianApe)[0] ?? { method: '', label: '', medianApe: NaN };
  const medianApe = median(mine);
  const coverage80 = coverageKnown ? covered / mine.length : null;
  const ahead = words[h] ?? `${String(h)} years`;
  const sentence =
    `In past years forecasts made this way were within ${pct(medianApe)} ${ahead} ahead for half of councils, and within ${pct(quantile(mine, 0.9))} for nine in ten (forecasts from ${years(origins)}, ${String(mine.length)} council-years). ` +
    `The best naive rule, ${naive.label.replace(/^Naive: /, '').toLowerCase()}, was within ${pct(naive.medianApe)} for half.` +
    (coverage80 === null
      ? ''
      : ` Its 80% intervals held the published figure for ${String(Math.round(coverage80 * 100))}% of councils.`);
  return {
    h,
    method,
    origins,
    n: mine.length,
    medianApe: Math.round(medianApe * 100) / 100,
    ape90: Math.round(quantile(mine, 0.9) * 100) / 100,
    within5: mine.filter((a) => a <= 5).length / mine.length,
    within10: mine.filter((a) => a <= 10).length / mine.length,
    bestNaive: { ...naive, medianApe: Math.round(naive.medianApe * 100) / 100 },
    coverage80,
    sentence,
  };
}
