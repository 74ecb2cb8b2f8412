import { computeModel, type PlanVersion } from '../finance';
import type { Pence } from '../money';
import { previousFinancialYear, type FinancialYear } from '../periods';
import { agreementYears, maximumDeficit, type SafetyValveAgreement } from './agreement';

/** One year-end of the deficit profile chart: the agreement's maximum against the agreed model and the projection. */
export interface DeficitProfilePoint {
  /** The financial year whose 31 March the figures are at. */
  year: FinancialYear;
  /** The agreement's maximum cumulative deficit (null where the agreement sets none or it is not held). */
  maximum: Pence | null;
  /** The agreed model's cumulative deficit before DfE funding (null outside its years). */
  agreed: Pence | null;
  /** The projection's cumulative deficit before DfE funding (null outside its years). */
  projected: Pence | null;
}

/** Cumulative deficit before DfE contributions at each year-end a plan covers, with its opening balance. */
function cumulativeByYear(plan: PlanVersion | undefined): Map<FinancialYear, Pence> {
  const byYear = new Map<FinancialYear, Pence>();
  if (!plan || plan.years.length === 0) return byYear;
  byYear.set(previousFinancialYear(plan.years[0]!), plan.opening.cumulativeDeficit);
  for (const position of computeModel(plan)) byYear.set(position.year, position.cumulativeDeficitBeforeDfe);
  return byYear;
}

/**
 * The series of the "cumulative deficit against the agreed profile" chart: every year-end of the agreement
 * (and the year-end before it, where a plan's opening balance gives one), oldest first.
 */
export function deficitProfileSeries(
  agreement: Pick<SafetyValveAgreement, 'startYear' | 'endYear' | 'deficitProfile'>,
  agreed?: PlanVersion,
  projection?: PlanVersion,
): DeficitProfilePoint[] {
  const a = cumulativeByYear(agreed);
  const p = cumulativeByYear(projection);
  const years = agreementYears(agreement);
  const before = previousFinancialYear(years[0]!);
  const withOpening = a.has(before) || p.has(before) ? [before, ...years] : years;
  return withOpening.map((year) => ({
    year,
    maximum: maximumDeficit(agreement, year),
    agreed: a.get(year) ?? null,
    projected: p.get(year) ?? null,
  }));
}
