import type { KpiDefinition, KpiUnit } from './definition';
import { formatKpiValue } from './format';

/** Why a figure cannot be this KPI's (outside its stated range), or undefined when it can. */
export function outOfRange(
  kpi: Pick<KpiDefinition, 'unit' | 'decimals' | 'range'>,
  value: number | null | undefined,
): string | undefined {
  if (value === null || value === undefined || !kpi.range) return undefined;
  const { min, max } = kpi.range;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const show = (v: number | undefined) => (v === undefined ? '…' : formatKpiValue(kpi, v));
    return `${formatKpiValue(kpi, value)} is outside the possible range ${show(min)} to ${show(max)}`;
  }
  return undefined;
}

/**
 * The largest size a KPI figure can plausibly have, in its stored unit: a count of a billion, a
 * percentage of a million (growth from a tiny base), £100 billion in pence. Anything bigger is a typing
 * or file error, and a figure like 1e308 would overflow every sum and rounding that reads it.
 */
export const plausibleKpiLimits: Record<KpiUnit, number> = {
  count: 1e9,
  percent: 1e6,
  money: 1e13,
};

/**
 * Why a figure as sent (pounds for money, as files and the API send them) is not a plausible KPI figure:
 * not finite, or beyond the unit's limit. Undefined when it is plausible, or null (not available).
 */
export function implausibleFigure(unit: KpiUnit, sent: number | null | undefined): string | undefined {
  if (sent === null || sent === undefined) return undefined;
  const limit = plausibleKpiLimits[unit];
  const stored = unit === 'money' ? sent * 100 : sent;
  if (Number.isFinite(stored) && Math.abs(stored) <= limit) return undefined;
  const shown = formatKpiValue({ unit, decimals: 0 }, limit);
  const given = unit === 'money' ? `£${String(sent)}` : String(sent);
  const what = unit === 'money' ? 'an amount' : unit === 'percent' ? 'a percentage' : 'a count';
  return `${given} is not a plausible figure for ${what}: a KPI figure must be between -${shown} and ${shown}`;
}

/** Whether a stored figure (pence for money) is within the unit's plausible size. */
export function isPlausibleStored(unit: KpiUnit, stored: number): boolean {
  return Number.isFinite(stored) && Math.abs(stored) <= plausibleKpiLimits[unit];
}
