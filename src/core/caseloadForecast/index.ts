export {
  backtestCouncil,
  MIN_HISTORY_YEARS,
  type CouncilBacktest,
  type CouncilBacktestRequest,
  type ForecastPoint,
} from './backtestCouncil';
export {
  caseloadSeriesIds,
  type CaseloadSeriesId,
  type CaseloadYear,
  type CouncilCaseload,
} from './caseloadHistory';
export {
  caseloadForecast,
  type CaseloadForecast,
  type ForecastWithInterval,
  type ForecastYear,
} from './councilForecast';
export { CHOSEN_METHOD, forecastMethods, forecastMethodById } from './methods';
export { backtestScorecard, type BacktestScorecard, type HorizonScore, type MethodScore } from './scorecard';
export {
  forecastAccuracy,
  type PublishedFigureForecast,
  type AccuracyRow,
  type AccuracySource,
  type StoredForecast,
} from './forecastAccuracy';
export {
  publishedAt,
  latestCensus,
  type FlowYear,
  type PanelMember,
  type PublishedPanel,
} from './publishedPanel';
export { publishedPanelOf } from './panelFromStore';
export { reconcilePanel, type PanelFinding } from './panelFindings';
export { earliestOrigin, fullBacktest, originsUpTo, scorecardAt, type FullBacktest } from './fullBacktest';
export { pooledBacktest, type PooledBacktest, type PooledChoice } from './pooledBacktest';
export { chooseMethod, type MethodChoice } from './methodSelection';
export {
  CHOSEN,
  baselineIds,
  methodCatalogue,
  methodDescriptor,
  type MethodDescriptor,
} from './methodCatalogue';
export { ENSEMBLE, pooledComponents } from './pooledMethods';
export { bootstrapMedianDifference, BOOTSTRAP_RESAMPLES, type BootstrapDifference } from './bootstrap';
export { accuracyBySize, sizeGroups, type SizeAccuracy, type SizeGroup } from './accuracyBySize';
export { largestErrors, type LargeError } from './largestErrors';
export { forecastEvidence, type ForecastEvidence } from './forecastEvidence';
export { backtestForecast, type BacktestForecast, type BacktestForecastYear } from './backtestForecast';
export { scoredCouncils, type ScoredCouncils, type ScoredPoint } from './scoredCouncils';
