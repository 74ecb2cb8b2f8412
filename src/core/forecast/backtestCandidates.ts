import { witanOptions, type ForecastOptions } from './forecastOptions';

// The option sets compared when choosing the defaults by back-test (docs/forecast.md): witan.send's
// model, each of our switches on its own over it, our default, and the optional improvements (recency
// weighting, trend, parameter uncertainty) on their own and combined.

/** A named option set. */
export interface Candidate {
  readonly name: string;
  readonly options: ForecastOptions;
}

const over = (base: ForecastOptions, changes: Partial<ForecastOptions>): ForecastOptions => ({
  ...base,
  ...changes,
});

/** The three fixes of witan.send's flaws (Q1-Q4): the base the optional improvements are tried over. */
const fixes = over(witanOptions, {
  ageingOut: 'explicit',
  joinerPopulationYear: 'census',
  joinerFallback: 'pooled',
});

/** Explicit ageing out and the pooled fallback, with witan.send's joiner population year. */
const explicitPooled = over(witanOptions, { ageingOut: 'explicit', joinerFallback: 'pooled' });

/** The candidates, witan.send first. */
export const backtestCandidates: readonly Candidate[] = [
  { name: 'witan', options: witanOptions },
  { name: 'witan + ageing-out explicit', options: over(witanOptions, { ageingOut: 'explicit' }) },
  {
    name: 'witan + joiner-population-year census',
    options: over(witanOptions, { joinerPopulationYear: 'census' }),
  },
  { name: 'witan + joiner-fallback pooled', options: over(witanOptions, { joinerFallback: 'pooled' }) },
  { name: 'fixes (explicit + census + pooled)', options: fixes },
  { name: 'fixes + rate-draws per-simulation', options: over(fixes, { rateDraws: 'per-simulation' }) },
  {
    name: 'fixes + recency (half-life 1)',
    options: over(fixes, { joinerWeighting: 'recency', joinerHalfLife: 1 }),
  },
  {
    name: 'fixes + recency (half-life 2)',
    options: over(fixes, { joinerWeighting: 'recency', joinerHalfLife: 2 }),
  },
  { name: 'fixes + trend', options: over(fixes, { joinerTrend: 'log-linear' }) },
  {
    name: 'fixes + trend + recency 2',
    options: over(fixes, {
      joinerTrend: 'log-linear',
      joinerWeighting: 'recency',
      joinerHalfLife: 2,
    }),
  },
  {
    name: 'fixes + trend + per-simulation',
    options: over(fixes, { joinerTrend: 'log-linear', rateDraws: 'per-simulation' }),
  },
  {
    name: 'fixes + recency 2 + per-simulation',
    options: over(fixes, {
      joinerWeighting: 'recency',
      joinerHalfLife: 2,
      rateDraws: 'per-simulation',
    }),
  },
  {
    name: 'fixes + trend + recency 2 + per-simulation',
    options: over(fixes, {
      joinerTrend: 'log-linear',
      joinerWeighting: 'recency',
      joinerHalfLife: 2,
      rateDraws: 'per-simulation',
    }),
  },
  { name: 'explicit + pooled', options: explicitPooled },
  {
    name: 'explicit + pooled + per-simulation',
    options: over(explicitPooled, { rateDraws: 'per-simulation' }),
  },
  {
    name: 'explicit + pooled + recency 2',
    options: over(explicitPooled, { joinerWeighting: 'recency', joinerHalfLife: 2 }),
  },
  {
    name: 'explicit + pooled + recency 2 + per-simulation',
    options: over(explicitPooled, {
      joinerWeighting: 'recency',
      joinerHalfLife: 2,
      rateDraws: 'per-simulation',
    }),
  },
];
