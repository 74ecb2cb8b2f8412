import { roundHalfAwayFromZero } from '../money';
import type { KpiUnit } from './definition';

/**
 * Rounds a KPI figure half away from zero to its published precision: `decimals` places of the unit
 * (pounds for money, which the core holds in pence). Going through toPrecision(15) first washes out
 * binary noise, so 1.1666...7 rounds as by hand and 1.005 stays 1.01.
 */
export function roundKpi(value: number, unit: KpiUnit, decimals: number): number {
  const scale = unit === 'money' ? 10 ** (decimals - 2) : 10 ** decimals;
  const rounded = roundHalfAwayFromZero(Number((value * scale).toPrecision(15))) / scale;
  return rounded === 0 ? 0 : Number(rounded.toPrecision(15));
}

/** Rounds to a multiple of `step` (e.g. 100,000 pence = £1,000), half away from zero. */
export function roundToStep(value: number, step: number): number {
  if (step <= 0) return value;
  const rounded = roundHalfAwayFromZero(Number((value / step).toPrecision(15))) * step;
  return rounded === 0 ? 0 : rounded;
}
