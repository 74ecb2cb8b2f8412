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
  type AccuracyRow,
  type AccuracySource,
  type StoredForecast,
} from './forecastAccuracy';
