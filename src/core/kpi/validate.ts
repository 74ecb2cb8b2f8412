import type { KpiDefinition } from './definition';
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
