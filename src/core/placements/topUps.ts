import type { Pence } from '../money';
import type { IsoDate } from '../periods';
import { averageOf, type AverageCost } from './averages';
import { isActiveOn, type Placement } from './placement';
import { settingTypeOf } from './settingTypes';

// Top-ups as seed 002 looks at them ("a cost of £10.245m over 644 top ups indicates the average top up is
// £15,908"): the placements open on the as-at date that have a top-up, the total of their annual top-up
// rates, and the mean.

/** The £6,000 a mainstream school's notional SEN budget pays before the council tops up (seed 002). */
export const notionalSenThreshold: Pence = 6_000_00;

/** Count, total and average annual top-up of the placements open on a date. */
export function topUpAnalysis(placements: readonly Placement[], asAt: IsoDate): AverageCost {
  let count = 0;
  let total = 0;
  for (const p of placements) {
    if (p.topUp > 0 && isActiveOn(p, asAt)) {
      count += 1;
      total += p.topUp;
    }
  }
  return { count, total, average: averageOf(total, count) };
}

/** Mainstream pupils whose support costs more than the notional SEN threshold (so the council tops up). */
export interface AboveThreshold {
  readonly threshold: Pence;
  /** Placements in mainstream schools (not resourced provision or units) open on the date. */
  readonly mainstreamPlacements: number;
  /** Of those, the ones with a top-up: the school's first `threshold` was not enough. */
  readonly pupilsAboveThreshold: number;
  readonly topUpTotal: Pence;
  /** threshold × pupils above it + their top-ups: the whole additional support for them. */
  readonly additionalSupportTotal: Pence;
  readonly averageTopUp: Pence | null;
}

/** Pupils above the notional SEN threshold in mainstream, on a date. */
export function aboveNotionalThreshold(
  placements: readonly Placement[],
  asAt: IsoDate,
  threshold: Pence = notionalSenThreshold,
): AboveThreshold {
  let mainstreamPlacements = 0;
  let pupilsAboveThreshold = 0;
  let topUpTotal = 0;
  for (const p of placements) {
    if (!isActiveOn(p, asAt) || !settingTypeOf(p.settingType).mainstream) continue;
    mainstreamPlacements += 1;
    if (p.topUp > 0) {
      pupilsAboveThreshold += 1;
      topUpTotal += p.topUp;
    }
  }
  return {
    threshold,
    mainstreamPlacements,
    pupilsAboveThreshold,
    topUpTotal,
    additionalSupportTotal: threshold * pupilsAboveThreshold + topUpTotal,
    averageTopUp: averageOf(topUpTotal, pupilsAboveThreshold),
  };
}
