// Safety Valve agreements with the DfE: conditions, the maximum deficit profile, DfE instalments, and the
// quarterly returns with their sign-off.
export * from './agreement';
export * from './quarterlyReturn';
export * from './summaries';
export * from './deficitSeries';
export * from './longDate';
