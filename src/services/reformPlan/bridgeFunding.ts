import { computeModel, type PlanVersion } from '../../core/finance';
import type { BridgeFunding } from '../../core/reformPlan';

/**
 * The bridge's funding from a plan version: each year's total budget, and the deficit brought into the
 * first year (net of DfE contributions to date). No version: no funding, nothing brought forward.
 */
export function bridgeFundingOf(plan: PlanVersion | undefined): BridgeFunding {
  return plan
    ? {
        funding: Object.fromEntries(computeModel(plan).map((y) => [y.year, y.totalBudget])),
        openingDeficit: plan.opening.cumulativeDeficit - plan.opening.dfeContributionsToDate,
      }
    : { funding: {}, openingDeficit: 0 };
}
