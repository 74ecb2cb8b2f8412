import type { PlanLine } from '../finance';
import type { FinancialYear } from '../periods';
import type { Mitigation } from './mitigation';
import type { PlanRun } from './runPlan';

/** The id of the line holding the plan's unmitigated demand. */
export const UNMITIGATED_LINE = 'reform-unmitigated-demand';

/** The id of a mitigation's saving line. */
export const mitigationLineId = (id: string) => `mitigation-${id}`;

/**
 * The lines a plan run puts into a plan version, for the version's years the run projects: the
 * unmitigated demand as a pressure line, and one saving line per mitigation (its sequential saving,
 * linked to its workstream), so the version's spend after savings carries the mitigated cost.
 */
export function pushedLines(
  run: PlanRun,
  mitigations: readonly Mitigation[],
  years: readonly FinancialYear[],
): PlanLine[] {
  const inVersion = (amounts: Array<[FinancialYear, number]>) =>
    Object.fromEntries(amounts.filter(([year]) => years.includes(year)));
  const byId = new Map(mitigations.map((m) => [m.id, m]));
  return [
    {
      id: UNMITIGATED_LINE,
      kind: 'pressure',
      label: 'Unmitigated demand (reform plan forecast)',
      links: {},
      amounts: inVersion(run.unmitigated.map((y) => [y.financialYear, y.cost])),
    },
    ...run.effects.map((effect): PlanLine => {
      const m = byId.get(effect.id);
      return {
        id: mitigationLineId(effect.id),
        kind: 'saving',
        label: `${effect.name}${m?.illustrative ? ' (illustrative)' : ''}`,
        links: { workstream: effect.workstream },
        amounts: inVersion(effect.sequential.map((y) => [y.financialYear, y.saving])),
      };
    }),
  ];
}
