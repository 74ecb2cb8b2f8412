import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import type { PlanRun } from './runPlan';

// The bridge from unmitigated cost to the deficit: unmitigated cost − each mitigation's saving (in the
// plan's order, sequential effects, so they add up exactly) = mitigated cost; − funding = in-year deficit;
// + the balance brought forward = cumulative deficit. Per financial year and for the plan period.

/** One column of the bridge (a financial year, or the plan period). */
export interface BridgeColumn {
  /** A financial year, or 'plan period'. */
  period: string;
  unmitigatedCost: Pence;
  savings: Array<{ id: string; name: string; saving: Pence }>;
  mitigatedCost: Pence;
  funding: Pence;
  inYearDeficit: Pence;
  /** At the end of the year (the plan period: at its end). */
  cumulativeDeficit: Pence;
}

/** The bridge's inputs beyond the run: funding per year and the deficit brought into the first year. */
export interface BridgeFunding {
  funding: Partial<Record<FinancialYear, Pence>>;
  openingDeficit: Pence;
}

/** The bridge for the run's financial years and the plan period (years without funding count none). */
export function planBridge(run: PlanRun, money: BridgeFunding): BridgeColumn[] {
  let cumulative = money.openingDeficit;
  const columns = run.unmitigated.map((year, i): BridgeColumn => {
    const savings = run.effects.map((e) => ({ id: e.id, name: e.name, saving: e.sequential[i]!.saving }));
    const mitigatedCost = year.cost - savings.reduce((s, x) => s + x.saving, 0);
    const funding = money.funding[year.financialYear] ?? 0;
    const inYearDeficit = mitigatedCost - funding;
    cumulative += inYearDeficit;
    return {
      period: year.financialYear,
      unmitigatedCost: year.cost,
      savings,
      mitigatedCost,
      funding,
      inYearDeficit,
      cumulativeDeficit: cumulative,
    };
  });
  const sum = (f: (c: BridgeColumn) => Pence) => columns.reduce((s, c) => s + f(c), 0);
  const period: BridgeColumn = {
    period: 'plan period',
    unmitigatedCost: sum((c) => c.unmitigatedCost),
    savings: run.effects.map((e, k) => ({
      id: e.id,
      name: e.name,
      saving: sum((c) => c.savings[k]!.saving),
    })),
    mitigatedCost: sum((c) => c.mitigatedCost),
    funding: sum((c) => c.funding),
    inYearDeficit: sum((c) => c.inYearDeficit),
    cumulativeDeficit: cumulative,
  };
  return [...columns, period];
}
