// The DSG financial model: plan versions, their derived figures, comparisons with variance and RAG.
export {
  directionOf,
  isLineKind,
  isRuleKind,
  lineKindNames,
  ruleKinds,
  lineKinds,
  presentationSign,
  type Direction,
  type LineKind,
} from './lineKinds';
export type {
  DerivedFigure,
  LineLinks,
  OpeningPosition,
  PlanLine,
  PlanVersion,
  PublishedFigures,
} from './planVersion';
export {
  computeModel,
  derivedAmounts,
  kindTotal,
  withDerivedAmounts,
  type DerivedAmounts,
  type YearPosition,
} from './computeModel';
export { kingstonTolerance, ragFor, type Rag, type RagTolerance } from './rag';
export { compareVersions, judgeVariance, type VarianceRow, type VersionComparison } from './compareVersions';
export { monitoringTable, type MonitoringRow } from './monitoringTable';
export {
  ageBandPercentages,
  wordCount,
  type AgeBandRow,
  type EhcpYearRow,
  type NarrativeAnswer,
  type RecoveryPlanDocument,
} from './recoveryPlan2019';
export {
  lineIdPattern,
  lineIdProblem,
  maxLineIdLength,
  maxVersionNameLength,
  versionNameProblem,
} from './names';
export {
  applyModelledCost,
  pushPreview,
  type BeforeAfter,
  type ModelledCostPush,
  type ModelledLine,
  type PushPreviewYear,
  type ReplacedLine,
} from './modelledCost';
export {
  defaultStabilityGrant,
  grownAllocation,
  hnbGrowthProblems,
  shareOfDeficit,
  stabilityGrantCounted,
  stabilityGrantProblems,
  stabilityGrantStatusNames,
  stabilityGrantStatuses,
  stabilityGrantYear,
  type HnbGrowthRule,
  type LineRule,
  type StabilityGrantRule,
  type StabilityGrantStatus,
} from './lineRules';
export { defaultOverrideEndsAfter, reservesView, type ReservesView, type ReservesYear } from './overrideEnd';
