import { SERIES_BREAK_YEAR } from '../benchmark/caseloadMeasures';
import { at, type MemberArrays, type PanelArrays } from './panelArrays';
import { meanLogGrowth } from './panelGrowth';

// Stock-flow (SF). Next January's plans are this January's, less those that end, plus the new plans
// made this calendar year; new plans follow the requests for assessment made the year before:
//
//   S(O + 1) = S(O) x (1 - c) + rho x R(O - 1)
//
// c is the share of plans that end in a year, (S(t-1) + N(t-1) - S(t)) / S(t-1), and rho the share of
// a year's requests that become new plans the next year, N(t) / R(t-1); each is the council's own mean
// over recent years blended with England's. Later years grow at England's recent rate. At origin O the
// newest flows are calendar O-1's: N(O) is published a year later, and a model that used it would
// look far better than it could be.

/** The settings of stock-flow: the back-test chooses them per horizon. */
export interface StockFlowSettings {
  /** Years of outflow and conversion rates to average. */
  k: number;
  /** Weight on the council's own outflow rate (the rest is England's). */
  a: number;
  /** Weight on the council's own conversion of requests into plans (the rest is England's). */
  b: number;
  /** Years of England's growth for the years after the first. */
  kn: number;
}

const weights = [0, 0.25, 0.5, 0.75, 1];

/** The grid of settings the back-test chooses from. */
export const stockFlowSettingsGrid: readonly StockFlowSettings[] = [1, 2, 3].flatMap((k) =>
  weights.flatMap((a) => weights.flatMap((b) => [1, 3].map((kn) => ({ k, a, b, kn })))),
);

/** How a setting is written in the scorecard. */
export const describeStockFlow = (s: StockFlowSettings): string =>
  `k=${String(s.k)}, a=${String(s.a)}, b=${String(s.b)}, kn=${String(s.kn)}`;

const meanOf = (values: number[]) =>
  values.length === 0 ? NaN : values.reduce((x, y) => x + y, 0) / values.length;

/** The mean share of plans ending in each of the last k years to January `origin` (break year left out). */
export function outflowRate(m: MemberArrays, first: number, origin: number, k: number): number {
  const rates: number[] = [];
  // The break year's change is partly the new return: it is skipped and one more year taken instead.
  const reach = origin >= SERIES_BREAK_YEAR && origin - k < SERIES_BREAK_YEAR ? k + 1 : k;
  for (let t = origin; t > origin - reach; t -= 1) {
    if (t === SERIES_BREAK_YEAR) continue;
    const before = at(m.plans, first, t - 1);
    const rate = (before + at(m.newPlans, first, t - 1) - at(m.plans, first, t)) / before;
    if (Number.isFinite(rate)) rates.push(rate);
  }
  return meanOf(rates);
}

/** The mean share of requests becoming new plans the next year, over calendar years origin-k .. origin-1. */
export function conversionRate(m: MemberArrays, first: number, origin: number, k: number): number {
  const rates: number[] = [];
  for (let t = origin - 1; t > origin - 1 - k; t -= 1) {
    const rate = at(m.newPlans, first, t) / at(m.requests, first, t - 1);
    if (Number.isFinite(rate)) rates.push(rate);
  }
  return meanOf(rates);
}

/** Every council's stock-flow forecast h years after January `origin` (NaN where a figure is missing). */
export function stockFlow(
  arrays: PanelArrays,
  origin: number,
  h: number,
  s: StockFlowSettings,
): Float64Array {
  const { first, england } = arrays;
  const cE = outflowRate(england, first, origin, s.k);
  const rhoE = conversionRate(england, first, origin, s.k);
  const G = meanLogGrowth(england.plans, first, origin, s.kn);
  const out = new Float64Array(arrays.councils.length);
  arrays.councils.forEach((m, i) => {
    // A council whose own rate cannot be worked out (a flow not published) takes England's.
    const own = (rate: number, fallback: number) => (Number.isFinite(rate) ? rate : fallback);
    const c = s.a === 0 ? cE : s.a * own(outflowRate(m, first, origin, s.k), cE) + (1 - s.a) * cE;
    const rho = s.b === 0 ? rhoE : s.b * own(conversionRate(m, first, origin, s.k), rhoE) + (1 - s.b) * rhoE;
    const next = at(m.plans, first, origin) * (1 - c) + rho * at(m.requests, first, origin - 1);
    out[i] = next > 0 ? next * Math.exp((h - 1) * G) : NaN;
  });
  return out;
}
