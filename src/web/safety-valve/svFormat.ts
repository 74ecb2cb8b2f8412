// Words and figures for the Safety Valve pages: statuses, assurance levels, KPI figures in their unit.
import { formatCount } from '../../core/money';
import { formatPercent, formatPounds, noFigure } from '../ui/format.ts';
import type { AssuranceLevel, KeyKpi, ReturnStatus, RiskTrend } from './queries.ts';

const statusLabels: Record<ReturnStatus, string> = {
  draft: 'Draft',
  signedByS151: 'Signed by the S151 officer',
  signedByDcs: 'Signed by the Director of Children’s Services',
  locked: 'Locked',
};

/** The status as a short badge text: "Draft", "Signed by the S151 officer", "Locked". */
export function statusLabel(status: ReturnStatus): string {
  return statusLabels[status];
}

/** "Good", "Medium", "Low" or "Not assessed". */
export function assuranceLabel(level: AssuranceLevel | null): string {
  return level ?? 'Not assessed';
}

/** A KPI figure in its unit (money from pence to whole pounds, percentages to 2 places); a dash when none. */
export function formatKpiFigure(unit: KeyKpi['unit'], value: number | null): string {
  if (value === null) return noFigure;
  if (unit === 'money') return formatPounds(value);
  if (unit === 'percent') return formatPercent(value);
  return formatCount(value);
}

const trends: Record<RiskTrend, string> = {
  increasing: 'Increasing',
  stable: 'Stable',
  decreasing: 'Decreasing',
};

/** "Increasing", "Stable", "Decreasing", or a dash. */
export function trendLabel(trend: RiskTrend | null): string {
  return trend === null ? noFigure : trends[trend];
}

/** "18 June 2021, 09:00" for a sign-off time, in the browser's zone. */
export function signedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
