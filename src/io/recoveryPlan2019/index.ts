// The DfE DSG deficit recovery plan (2019 template) as an Excel workbook: write, read back, validate.
export { describeCellError, type CellError } from './cells';
export { recoveryPlan2019Layout, type RecoveryPlan2019Layout } from './layout';
export {
  defaultImportedVersionName,
  readRecoveryPlanWorkbook,
  type RecoveryPlanReadResult,
} from './readWorkbook';
export { recoveryPlanRollForward, type RollForwardYear } from './rollForward';
export { recoveryPlanFitProblems } from './templateFit';
export { RecoveryPlanFitError, writeRecoveryPlanWorkbook } from './writeWorkbook';
