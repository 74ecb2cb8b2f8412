import { at, type PanelArrays } from './panelArrays';
import { meanLogGrowth } from './panelGrowth';

// Shrink to England (SHR). A council's own recent growth is a noisy guide to its next years; England's is
// steady. So a council grows at England's recent rate plus a share w of how far its own recent growth
// has run above or below England's over the same years:
//
//   log F(O + h) = log S(O) + h x [G + w x (m - M)]
//
// G is England's mean log growth over its last kn years, m and M the council's and England's over the
// last k years. w = 0 is "every council grows like England", w = 1 is the council's own trend.

/** The settings of shrink to England: the back-test chooses them per horizon. */
export interface ShrinkSettings {
  /** Years of the council's own growth (and England's, to compare). */
  k: number;
  /** Weight on the council's difference from England (0: none, 1: all of it). */
  w: number;
  /** Years of England's growth that set the common rate. */
  kn: number;
}

/** The grid of settings the back-test chooses from. */
export const shrinkSettingsGrid: readonly ShrinkSettings[] = [1, 2, 3, 4, 5].flatMap((k) =>
  [0, 0.25, 0.5, 0.75, 1].flatMap((w) => [1, 2, 3, 5].map((kn) => ({ k, w, kn }))),
);

/** How a setting is written in the scorecard. */
export const describeShrink = (s: ShrinkSettings): string =>
  `k=${String(s.k)}, w=${String(s.w)}, kn=${String(s.kn)}`;

/**
 * Every council's forecast h years after January `origin` (NaN where its series is too short); the
 * arrays must hold nothing after the origin's publication for the result to be honest.
 */
export function shrinkToEngland(
  arrays: PanelArrays,
  origin: number,
  h: number,
  s: ShrinkSettings,
): Float64Array {
  const { first, england } = arrays;
  const G = meanLogGrowth(england.plans, first, origin, s.kn);
  const M = meanLogGrowth(england.plans, first, origin, s.k);
  const out = new Float64Array(arrays.councils.length);
  arrays.councils.forEach((c, i) => {
    const m = s.w === 0 ? M : meanLogGrowth(c.plans, first, origin, s.k);
    out[i] = at(c.plans, first, origin) * Math.exp(h * (G + s.w * (m - M)));
  });
  return out;
}
