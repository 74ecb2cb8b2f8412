import type { Scenario } from './scenario';

// The switches between witan.send's behaviour and ours. docs/forecast.md explains each one and why.

/** How pupils whose setting's NCY range ends (or whose cell is not valid) are treated. */
export type AgeingOut =
  /** witan.send: they stay one year in the now-invalid cell, counted, then vanish unrecorded (Q1, Q2). */
  | 'silent-drop'
  /** ours: they move to a setting valid at their new NCY, or leave, and are counted as movers or leavers. */
  | 'explicit';

/** Which year's background population joiner rates are measured against. */
export type JoinerPopulationYear =
  /** witan.send: the transition's start year in estimation, the projected census year in projection (Q3). */
  | 'transition-start'
  /** ours: the year of the census the joiner first appears in, in estimation and projection alike. */
  | 'census';

/** Where joiners go in an NCY where none were observed. */
export type JoinerFallback =
  /** witan.send: nowhere, so that NCY never gets joiners (Q4). */
  | 'none'
  /** ours: a Dirichlet pooled over all NCYs' joiners, restricted to the NCY's valid states. */
  | 'pooled';

/** How often leaver, mover and joiner rates are drawn from their Beta and Dirichlet distributions. */
export type RateDraws =
  /** witan.send: afresh for every cohort, every year (year-to-year over-dispersion). */
  | 'per-cohort-year'
  /** ours, optional: once per simulation, then held for every year (persistent parameter uncertainty). */
  | 'per-simulation';

/** How the historic years are weighted in joiner rates (Q5). */
export type JoinerWeighting =
  /** witan.send: every transition year counts the same. */
  | 'equal'
  /** recent years count more: a year's weight halves every `joinerHalfLife` years back from the last. */
  | 'recency';

/** Whether projected joiner rates follow the historic trend (Q5). */
export type JoinerTrend =
  /** witan.send: the pooled rate is held flat. */
  | 'none'
  /** the all-NCY joiner rate's log-linear trend over the transition years is carried forward. */
  | 'log-linear';

/**
 * Every switch of the forecast engine. The optional fields were added after the first four; absent
 * means witan.send's behaviour (equal weights, no trend, no inflation, no scenario). Plain JSON, so
 * options cross thread and process boundaries as they are.
 */
export interface ForecastOptions {
  readonly ageingOut: AgeingOut;
  readonly joinerPopulationYear: JoinerPopulationYear;
  readonly joinerFallback: JoinerFallback;
  readonly rateDraws: RateDraws;
  readonly joinerWeighting?: JoinerWeighting;
  /** Years for a weight to halve, with `joinerWeighting: 'recency'` (default 2). */
  readonly joinerHalfLife?: number;
  readonly joinerTrend?: JoinerTrend;
  /** Yearly cost inflation as a fraction (0.03 is 3% a year), compounded from the seed year; default 0. */
  readonly costInflation?: number;
  /** A named scenario (docs/formats/scenario.md); absent for the baseline. */
  readonly scenario?: Scenario;
}

/** Exactly witan.send's behaviour: its parameter files and "correct binomial" totals are reproduced. */
export const witanOptions: ForecastOptions = {
  ageingOut: 'silent-drop',
  joinerPopulationYear: 'transition-start',
  joinerFallback: 'none',
  rateDraws: 'per-cohort-year',
};

/**
 * Our default, chosen by back-test (docs/forecast.md, "Choosing the defaults"): explicit ageing out and
 * the pooled joiner fallback (no pupil is lost, every NCY can get joiners), rates drawn once per
 * simulation (better interval coverage, same means), and witan.send's joiner population year, which
 * back-tested better than the aligned year on both the demo and the synthetic council.
 */
export const defaultOptions: ForecastOptions = {
  ageingOut: 'explicit',
  joinerPopulationYear: 'transition-start',
  joinerFallback: 'pooled',
  rateDraws: 'per-simulation',
};

/** The named option sets. */
export const forecastModes = { witan: witanOptions, default: defaultOptions } as const;

/** A mode name: `witan` or `default`. */
export type ForecastMode = keyof typeof forecastModes;
