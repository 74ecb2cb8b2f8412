import { median } from './growth';
import { at, type PanelArrays } from './panelArrays';

// How every setting is chosen: per horizon h, at origin O, the setting with the lowest mean, over the
// last four earlier origins whose outcomes were published by O (o + h <= O), of its median absolute
// percentage error across councils. Nothing at or after O is looked at: that is what makes the choice
// honest, and the look-ahead test rebuilds it from data with everything later removed.

/** How many earlier origins a choice averages over. */
export const SELECTION_WINDOW = 4;

/** Whether each council has a comparable series at the origin: `years` consecutive known censuses to it. */
export function comparableAt(arrays: PanelArrays, origin: number, years: number): boolean[] {
  return arrays.councils.map((c) => {
    for (let y = origin; y > origin - years; y -= 1)
      if (!Number.isFinite(at(c.plans, arrays.first, y))) return false;
    return true;
  });
}

/**
 * The median APE (%) of forecasts for January origin + h over the comparable councils whose figure is
 * in the arrays; NaN when none could be scored.
 */
export function medianApeOf(
  arrays: PanelArrays,
  forecasts: Float64Array,
  comparable: readonly boolean[],
  year: number,
): number {
  const apes: number[] = [];
  arrays.councils.forEach((c, i) => {
    const actual = at(c.plans, arrays.first, year);
    const f = forecasts[i] ?? NaN;
    if (comparable[i] && Number.isFinite(actual) && Number.isFinite(f))
      apes.push(Math.abs(f / actual - 1) * 100);
  });
  return apes.length === 0 ? NaN : median(apes);
}

/**
 * The origins a choice at `origin` for horizon h learns from: the last SELECTION_WINDOW origins
 * o <= origin - h (outcome published by the origin) at which `scored(o)` holds, latest first.
 */
export function selectionOrigins(
  origin: number,
  h: number,
  earliest: number,
  scored: (o: number) => boolean,
  window = SELECTION_WINDOW,
): number[] {
  const out: number[] = [];
  for (let o = origin - h; o >= earliest && out.length < window; o -= 1) if (scored(o)) out.push(o);
  return out;
}

/** A chosen setting: its index in the grid and its mean median APE over the origins it was chosen on. */
export interface SettingChoice {
  index: number;
  score: number;
  origins: number[];
}

/**
 * The setting with the lowest mean score over the origins (ties: the earlier in the grid), among those
 * scored at every one of them; undefined when there are no origins or no setting was scored at all.
 */
export function chooseSetting(
  settings: number,
  origins: readonly number[],
  score: (setting: number, origin: number) => number,
): SettingChoice | undefined {
  if (origins.length === 0) return undefined;
  let best: SettingChoice | undefined;
  for (let s = 0; s < settings; s += 1) {
    let sum = 0;
    for (const o of origins) sum += score(s, o);
    const mean = sum / origins.length;
    if (Number.isFinite(mean) && (!best || mean < best.score))
      best = { index: s, score: mean, origins: [...origins] };
  }
  return best;
}
