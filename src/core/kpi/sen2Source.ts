import { isoDateParts, type IsoDate } from '../periods';
import { decimalsOf, type KpiDefinition, type Sen2Source } from './definition';
import type { ModelLookup } from './modelSource';
import type { ParsedKpiPeriod } from './period';
import { roundKpi } from './rounding';

/**
 * What the council's SEN2 returns give the KPIs for one period (its first day to its data date): counts
 * from the request-to-plan funnel, 20-week timeliness, and the EHCPs open on the data date. Plain data,
 * built by the services from the stored returns.
 */
export interface Sen2Figures {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Calendar months the period spans (1 for a month, 3 for a quarter). */
  readonly months: number;
  /** Made-up returns (the demo's): every figure taken from them says so. */
  readonly synthetic: boolean;
  readonly requests: number;
  readonly plansIssued: number;
  readonly ceasedPlans: number;
  /** Plans issued within 20 weeks, % (null: none issued), with and without the exception cases. */
  readonly pctWithin20Weeks: { readonly included: number | null; readonly excluded: number | null };
  readonly ehcps: number;
}

/** The first day of a KPI period: the month's first, or the quarter's first month's. */
export function periodStart(period: ParsedKpiPeriod): IsoDate {
  const { year, month } = isoDateParts(period.end);
  const first = period.kind === 'month' ? month : month - 2;
  return `${String(year)}-${String(first).padStart(2, '0')}-01`;
}

/** The source in words: 'requests for assessment per month from the SEN2 returns'. */
export function describeSen2Source(source: Sen2Source): string {
  switch (source.measure) {
    case 'requestsPerMonth':
      return 'requests for an EHC needs assessment per month';
    case 'newPlans':
      return 'new EHC plans issued';
    case 'ceasedPlans':
      return 'EHC plans ceased';
    case 'pctWithin20Weeks':
      return `% of new plans issued within 20 weeks (${(source.exceptions ?? 'excluded') === 'excluded' ? 'excluding' : 'including'} exception cases)`;
    case 'ehcps':
      return 'EHC plans open on the data date';
  }
}

/** The returns' figure for a KPI, rounded to the KPI's precision, or why there is none. */
export function lookupSen2(
  figures: Sen2Figures,
  source: Sen2Source,
  kpi: Pick<KpiDefinition, 'unit' | 'decimals'>,
): ModelLookup {
  const how = `${describeSen2Source(source)} from the SEN2 returns, ${figures.from} to ${figures.to}${figures.synthetic ? ' (synthetic)' : ''}`;
  const unit = source.measure === 'pctWithin20Weeks' ? 'percent' : 'count';
  if (kpi.unit !== unit)
    return {
      ok: false,
      problem: `${how} is ${unit === 'percent' ? 'a percentage' : 'a count'}, but the KPI's unit is ${kpi.unit}`,
    };
  let raw: number | null;
  switch (source.measure) {
    case 'requestsPerMonth':
      raw = figures.requests / figures.months;
      break;
    case 'newPlans':
      raw = figures.plansIssued;
      break;
    case 'ceasedPlans':
      raw = figures.ceasedPlans;
      break;
    case 'pctWithin20Weeks':
      raw = figures.pctWithin20Weeks[source.exceptions ?? 'excluded'];
      break;
    case 'ehcps':
      raw = figures.ehcps;
      break;
  }
  if (raw === null) return { ok: false, problem: `${how}: no plan was issued in the period` };
  return { ok: true, value: roundKpi(raw, kpi.unit, decimalsOf(kpi)), how };
}
