// Reconciliation checks: identities that must hold in a council's data, reported with both sides.
export { compare, type CheckFailure, type CheckSide } from './checkResult';
export { checkPlanVersion } from './planChecks';
export { checkRecoveryPlan } from './recoveryPlanChecks';
