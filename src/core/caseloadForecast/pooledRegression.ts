import { NormalEquations } from './leastSquares';
import { at, type PanelArrays } from './panelArrays';
import { meanLogGrowth } from './panelGrowth';

// Pooled regression (PR). Every council and every earlier origin whose outcome is published is one
// observation of how far a council's growth over h years ran from England's, given what was known at
// the time; least squares (no intercept: on average a council grows like England) learns how much of
// each signal carries forward:
//
//   log F(O + h) = log S(O) + h x G + x' b_h
//
// where b_h is fitted on every council i and origin o <= O - h to (growth of i over h years) - (growth
// of England over h years). The signals x, each relative to England's at the same origin:
//   lastGrowth   the council's last log growth
//   growth3      the mean of its last three log growths
//   requests     log(requests in calendar O-1 / plans in January O): demand in the pipe
//   newPlans     log(new plans in calendar O-1 / plans in January O-1): the rate plans are being added

/** The signals the regression can use. */
export const regressionFeatures = ['lastGrowth', 'growth3', 'requests', 'newPlans'] as const;
/** One signal of the regression. */
export type RegressionFeature = (typeof regressionFeatures)[number];

/** The settings of the pooled regression: its signals and England's growth window. */
export interface RegressionSettings {
  features: readonly RegressionFeature[];
  /** Years of England's growth that set the common rate G. */
  kn: number;
}

const subsets = (n: number) =>
  Array.from({ length: 2 ** n - 1 }, (_, m) => regressionFeatures.filter((_, i) => ((m + 1) >> i) & 1));

/** The grid of settings the back-test chooses from: every non-empty set of signals, four windows. */
export const regressionSettingsGrid: readonly RegressionSettings[] = subsets(
  regressionFeatures.length,
).flatMap((features) => [1, 2, 3, 5].map((kn) => ({ features, kn })));

/** How a setting is written in the scorecard. */
export const describeRegression = (s: RegressionSettings): string =>
  `${s.features.join('+')}, kn=${String(s.kn)}`;

/** The four signals of every council at an origin (NaN where a figure is missing). */
export function regressionSignals(arrays: PanelArrays, origin: number): Float64Array[] {
  const { first, england: e } = arrays;
  const eLast = meanLogGrowth(e.plans, first, origin, 1);
  const eMean = meanLogGrowth(e.plans, first, origin, 3);
  const eRequests = Math.log(at(e.requests, first, origin - 1) / at(e.plans, first, origin));
  const eNew = Math.log(at(e.newPlans, first, origin - 1) / at(e.plans, first, origin - 1));
  return arrays.councils.map((c) =>
    Float64Array.of(
      meanLogGrowth(c.plans, first, origin, 1) - eLast,
      meanLogGrowth(c.plans, first, origin, 3) - eMean,
      Math.log(at(c.requests, first, origin - 1) / at(c.plans, first, origin)) - eRequests,
      Math.log(at(c.newPlans, first, origin - 1) / at(c.plans, first, origin - 1)) - eNew,
    ),
  );
}

/** The regression's working data for one panel: signals per origin and fitted coefficients, computed once. */
interface RegressionCache {
  signals: Map<number, Float64Array[]>;
  fits: Map<string, number[] | undefined>;
}
const caches = new WeakMap<PanelArrays, RegressionCache>();

function cacheOf(arrays: PanelArrays): RegressionCache {
  let cache = caches.get(arrays);
  if (!cache) caches.set(arrays, (cache = { signals: new Map(), fits: new Map() }));
  return cache;
}

/** The signals at an origin, computed once per panel. */
export function signalsAt(arrays: PanelArrays, origin: number): Float64Array[] {
  const cache = cacheOf(arrays);
  let signals = cache.signals.get(origin);
  if (!signals) cache.signals.set(origin, (signals = regressionSignals(arrays, origin)));
  return signals;
}

/** (Growth of a council over h years from o) - (England's), on the log scale; NaN when unknown. */
export function relativeGrowth(arrays: PanelArrays, council: number, o: number, h: number): number {
  const { first, england } = arrays;
  const plans = arrays.councils[council]?.plans ?? new Float64Array();
  return (
    Math.log(at(plans, first, o + h) / at(plans, first, o)) -
    Math.log(at(england.plans, first, o + h) / at(england.plans, first, o))
  );
}

/**
 * The coefficients b_h for a set of signals at origin O: least squares over every council and every
 * origin o with o + h <= O (its outcome published by O), from the first year of the arrays.
 */
export function regressionCoefficients(
  arrays: PanelArrays,
  origin: number,
  h: number,
  features: readonly RegressionFeature[],
): number[] | undefined {
  const cache = cacheOf(arrays);
  const key = `${String(origin)}|${String(h)}|${features.join('+')}`;
  if (cache.fits.has(key)) return cache.fits.get(key);
  const columns = features.map((f) => regressionFeatures.indexOf(f));
  const equations = new NormalEquations(columns.length);
  const x = new Float64Array(columns.length);
  for (let o = arrays.first; o + h <= origin; o += 1) {
    const signals = signalsAt(arrays, o);
    signals.forEach((all, i) => {
      columns.forEach((col, j) => (x[j] = all[col] ?? NaN));
      const y = relativeGrowth(arrays, i, o, h);
      if (Number.isFinite(y) && x.every(Number.isFinite)) equations.add(x, y);
    });
  }
  const fit = equations.solve();
  cache.fits.set(key, fit);
  return fit;
}

/** Every council's pooled-regression forecast h years after January `origin` (NaN where it cannot). */
export function pooledRegression(
  arrays: PanelArrays,
  origin: number,
  h: number,
  s: RegressionSettings,
): Float64Array {
  const { first, england } = arrays;
  const out = new Float64Array(arrays.councils.length).fill(NaN);
  const b = regressionCoefficients(arrays, origin, h, s.features);
  if (!b) return out;
  const G = meanLogGrowth(england.plans, first, origin, s.kn);
  const columns = s.features.map((f) => regressionFeatures.indexOf(f));
  signalsAt(arrays, origin).forEach((signals, i) => {
    // A signal the releases do not give for this council (requests suppressed, a region's total in its
    // row) counts as England's: no lift either way.
    const lift = columns.reduce((sum, col, j) => {
      const x = signals[col] ?? NaN;
      return Number.isFinite(x) ? sum + (b[j] ?? NaN) * x : sum;
    }, 0);
    out[i] = at(arrays.councils[i]?.plans ?? new Float64Array(), first, origin) * Math.exp(h * G + lift);
  });
  return out;
}
