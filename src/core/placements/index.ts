// Placements: the register of children's placements, their costs in financial years, commitments,
// average costs and partner contributions. Pure: the services load registers and save results.
export {
  averageCostByCategory,
  averageCostByCategoryAndPhase,
  averageCostByCouncilCategory,
  averageCostByPhase,
  averageCostOfEhcp,
  averageOf,
  childrenOn,
  type AverageCost,
} from './averages';
export { registerChanges, type CostChange, type RegisterChanges } from './changes';
export { commitments, type Commitments } from './commitments';
export { contributionChanges, contributionsByPartner, type ContributionChange } from './contributions';
export { costInFinancialYear, type AnnualRate, type OpenDates } from './costing';
export {
  councilCategoryMapProblems,
  councilCategoryOf,
  defaultCategoryMap,
  findCouncilCategory,
  kingstonCategoryMap,
  type CouncilCategoryMap,
  type CouncilCategoryRule,
} from './councilCategories';
export { needCodeProblem, needCodes, needCodesForReturn, type NeedCode } from './needCodes';
export { ageDateFor, ageOn, ncyOf, phaseLabels, phaseOf, phases, type Phase } from './phase';
export {
  annualContributions,
  annualCost,
  costElements,
  isActiveOn,
  noContributions,
  partnerLabels,
  partners,
  placementKey,
  type CostBasis,
  type CostElement,
  type Partner,
  type Placement,
} from './placement';
export { addYearCosts, placementCostInYear, type PlacementYearCost } from './placementCosts';
export { independentSectorShare, type SectorShare } from './sectorShare';
export { findSettingType, settingTypeOf, settingTypes, type SettingType } from './settingTypes';
export { summarisePlacements, type PlacementSummary, type SummaryOptions } from './summary';
export { aboveNotionalThreshold, notionalSenThreshold, topUpAnalysis, type AboveThreshold } from './topUps';
export { byCategoryName, categoryNames } from './categoryNames';
