// The local SEND reform plan (docs/reform-plan.md): mitigations from cohort to pound, the plan run, the bridge.
export {
  censusYearOf,
  financialYearOfCensusYear,
  mitigationProblems,
  phaseShare,
  phasedChanges,
  type Mitigation,
} from './mitigation';
export {
  assemblePlanRun,
  breakdowns,
  forecastMeans,
  planForecastOptions,
  planForecasts,
  runReformPlan,
  type PlanForecast,
  type Breakdown,
  type MitigationEffect,
  type PlanRun,
  type PlanRunInput,
  type YearEffect,
  type YearMeans,
} from './runPlan';
export { planBridge, type BridgeColumn, type BridgeFunding } from './bridge';
export { UNMITIGATED_LINE, mitigationLineId, pushedLines } from './pushedLines';
export { applyWhatIf, type WhatIf, type WhatIfPlan } from './whatIf';
export { inPeriod, runInPeriod, type PlanPeriod } from './planPeriod';
