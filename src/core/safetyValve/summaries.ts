import type { Rag } from '../kpi';
import {
  assuranceLevels,
  type AssuranceLevel,
  type ConditionProgress,
  type PartnerContribution,
} from './quarterlyReturn';

/** How many conditions have each assurance level (and how many are not yet assessed). */
export function assuranceSummary(
  conditions: Pick<ConditionProgress, 'assurance'>[],
): Record<AssuranceLevel, number> & { notAssessed: number } {
  const counts = { Good: 0, Medium: 0, Low: 0, notAssessed: 0 };
  for (const c of conditions) {
    if (c.assurance && (assuranceLevels as readonly string[]).includes(c.assurance)) counts[c.assurance] += 1;
    else counts.notAssessed += 1;
  }
  return counts;
}

/** How many KPIs are red, amber and green (and how many have nothing to judge). */
export function ragSummary(kpis: { rag: Rag | null }[]): Record<Rag, number> & { none: number } {
  const counts = { G: 0, A: 0, R: 0, none: 0 };
  for (const k of kpis) {
    if (k.rag) counts[k.rag] += 1;
    else counts.none += 1;
  }
  return counts;
}

/** The total change in partner contributions (condition 3.5's total row). */
export function partnerContributionTotal(rows: PartnerContribution[]): number {
  return rows.reduce((sum, r) => sum + r.change, 0);
}
