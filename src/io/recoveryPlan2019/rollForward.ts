import { computeModel, kindTotal, type PlanVersion } from '../../core/finance';
import type { Pence } from '../../core/money';
import type { FinancialYear } from '../../core/periods';

// Avoids -0, which tests and JSON would show as a different number from 0.
const negate = (amount: Pence): Pence => (amount === 0 ? 0 : -amount);

/** One year column of the template's roll-forward, signed as the DfE prints it (savings negative). */
export interface RollForwardYear {
  year: FinancialYear;
  /** DSG balance brought forward; null in the first year, which the template leaves blank. */
  broughtForward: Pence | null;
  totalSavings: Pence;
  additionalPressures: Pence;
  costReductions: Pence;
  forecastOverspend: Pence;
  netImpact: Pence;
  hnbChange: Pence;
  schoolsBlockTransfer: Pence;
  otherAdjustments: Pence;
  netVariance: Pence;
  carriedForward: Pence;
  label: 'DEFICIT' | 'SURPLUS';
}

/**
 * The roll-forward rows of the 2019 template for a plan that fits it: cost reductions = pressures +
 * savings; net impact = cost reductions + forecast overspend; variance = impact + HNB change + transfer
 * + other adjustments; c/f = b/f + variance. The variance and balances are the core model's own
 * figures (net High Needs deficit, cumulative deficit), so the workbook shows what the system computes.
 */
export function recoveryPlanRollForward(plan: PlanVersion): RollForwardYear[] {
  const model = computeModel(plan);
  return model.map((position, i) => {
    const year = position.year;
    const total = (kind: Parameters<typeof kindTotal>[1]) => kindTotal(plan.lines, kind, year);
    const totalSavings = negate(total('saving'));
    const additionalPressures = total('pressure');
    const costReductions = additionalPressures + totalSavings;
    const forecastOverspend = total('expenditure');
    const netImpact = costReductions + forecastOverspend;
    return {
      year,
      broughtForward: i === 0 ? null : model[i - 1]!.cumulativeDeficitBeforeDfe,
      totalSavings,
      additionalPressures,
      costReductions,
      forecastOverspend,
      netImpact,
      hnbChange: negate(total('hnbAllocation')),
      schoolsBlockTransfer: negate(total('blockTransfer')),
      otherAdjustments: negate(total('otherIncome')),
      netVariance: position.netHighNeedsDeficit,
      carriedForward: position.cumulativeDeficitBeforeDfe,
      label: position.cumulativeDeficitBeforeDfe > 0 ? 'DEFICIT' : 'SURPLUS',
    };
  });
}
