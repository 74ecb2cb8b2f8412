// KPIs for Safety Valve monitoring: definitions, period targets, computed values, RAG against target.
export * from './definition';
export { parseKpiPeriod, monthsElapsed, comparePeriods, type ParsedKpiPeriod } from './period';
export { dateLabel, monthsOf, periodLabel, quartersOf } from './periodChoices';
export { kingstonKpiTolerance, kpiRag, adverseDifference } from './rag';
export { roundKpi, roundToStep } from './rounding';
export { lookupModel, describeSource, type ModelLookup } from './modelSource';
export {
  describePlacementLookup,
  describePlacementSource,
  lookupPlacements,
  type PlacementFigures,
} from './placementSource';
export { describeSen2Source, lookupSen2, periodStart, type Sen2Figures } from './sen2Source';
export {
  applyFormula,
  describeFormula,
  formulaRefs,
  isUnpinned,
  type FieldReader,
  type KpiField,
} from './formula';
export { periodTarget, type PeriodTarget } from './targets';
export {
  evaluateKpis,
  recordsOf,
  type EvaluationPlans,
  type KpiEvaluation,
  type KpiSetEvaluation,
  type ValueSource,
} from './evaluate';
export { formatKpiValue } from './format';
export { readKpiSet, type KpiFileError, type KpiReadResult } from './readKpiSet';
export { outOfRange } from './validate';
export { missingModelReferences, type MissingModelReference } from './modelReferences';
