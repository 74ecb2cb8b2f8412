// Forecast: the Markov Monte Carlo model of EHCP numbers and costs (docs/forecast.md).
export {
  NONSEND,
  type BackgroundPopulation,
  type PlacementCost,
  type Transition,
  type ValidSetting,
  type WitanInputs,
} from './witanInputs';
export {
  defaultOptions,
  forecastModes,
  witanOptions,
  type AgeingOut,
  type ForecastMode,
  type ForecastOptions,
  type JoinerFallback,
  type JoinerPopulationYear,
  type RateDraws,
} from './forecastOptions';
export { estimateParameters, type ModelParameters } from './modelParameters';
export { simulate, type SimulatedYears } from './projection';
export {
  runForecast,
  seriesAcrossSimulations,
  summariseYears,
  type Forecast,
  type YearSummary,
} from './forecast';
export { forecastCsvRows, forecastJson, type ForecastRunDescription } from './forecastReport';
export { quantileOfSorted, summarise, type Summary } from './summary';
export { rngFromGenerator, simulationStreams, type JumpableGenerator, type Rng } from './rng';
export { ageBandOfNcy, ageOfNcy } from './ageGroup';
export {
  initialPopulationRows,
  joinerBetaRows,
  joinerDirichletRows,
  leaverBetaRows,
  moverBetaRows,
  moverDirichletRows,
} from './parameterTables';
export { syntheticCouncil } from './syntheticCouncil';
