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

/** Every switch of the forecast engine. */
export interface ForecastOptions {
  readonly ageingOut: AgeingOut;
  readonly joinerPopulationYear: JoinerPopulationYear;
  readonly joinerFallback: JoinerFallback;
  readonly rateDraws: RateDraws;
}

/** Exactly witan.send's behaviour: its parameter files and "correct binomial" totals are reproduced. */
export const witanOptions: ForecastOptions = {
  ageingOut: 'silent-drop',
  joinerPopulationYear: 'transition-start',
  joinerFallback: 'none',
  rateDraws: 'per-cohort-year',
};

/**
 * Our default. Rates stay drawn per cohort-year, as in witan.send, until back-testing (not built yet)
 * shows whether per-simulation draws give better-calibrated intervals.
 */
export const defaultOptions: ForecastOptions = {
  ageingOut: 'explicit',
  joinerPopulationYear: 'census',
  joinerFallback: 'pooled',
  rateDraws: 'per-cohort-year',
};

/** The named option sets. */
export const forecastModes = { witan: witanOptions, default: defaultOptions } as const;

/** A mode name: `witan` or `default`. */
export type ForecastMode = keyof typeof forecastModes;
