import type { PlanVersion } from '../../core/finance';
import { toPounds } from '../../core/money';

const poundsOf = (record: Partial<Record<string, number>>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toPounds(v ?? 0)]));

/** A plan version in the documented JSON format (amounts in pounds), ready for JSON.stringify. */
export function planToJson(plan: PlanVersion): Record<string, unknown> {
  return {
    council: plan.council,
    version: plan.version,
    ...(plan.description ? { description: plan.description } : {}),
    years: plan.years,
    opening: {
      cumulativeDeficit: toPounds(plan.opening.cumulativeDeficit),
      dfeContributionsToDate: toPounds(plan.opening.dfeContributionsToDate),
      ...(plan.opening.basis ? { basis: plan.opening.basis } : {}),
    },
    lines: plan.lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      label: l.label,
      ...(Object.keys(l.links).length ? { links: l.links } : {}),
      ...(l.memo ? { memo: true } : {}),
      ...(l.rule ? { rule: l.rule } : {}),
      amounts: poundsOf(l.amounts),
    })),
    ...(plan.published
      ? {
          published: Object.fromEntries(
            Object.entries(plan.published).map(([y, f]) => [y, poundsOf(f ?? {})]),
          ),
        }
      : {}),
    ...(plan.publishedRoundedTo !== undefined
      ? { publishedRoundedTo: toPounds(plan.publishedRoundedTo) }
      : {}),
    ...(plan.outturn ? { outturn: poundsOf(plan.outturn) } : {}),
    ...(plan.usableReserves ? { usableReserves: poundsOf(plan.usableReserves) } : {}),
    ...(plan.overrideEndsAfter ? { overrideEndsAfter: plan.overrideEndsAfter } : {}),
  };
}
