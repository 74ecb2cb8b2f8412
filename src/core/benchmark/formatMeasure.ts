import { roundHalfAwayFromZero } from '../money';
import type { MeasureUnit } from './measure';

// How measures are written in tables: counts with thousands separators, percentages and rates to one
// decimal place, pounds per head to the pound (as the DfE's benchmarking tool shows them).

/** A value rounded half away from zero to `decimals` places (2.5 -> 3, as by hand and in the DfE's tables). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = roundHalfAwayFromZero(Number((value * scale).toPrecision(15))) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** A measure's value as text for its unit; 'n/a' when there is none. */
export function formatMeasure(value: number | null, unit: MeasureUnit): string {
  if (value === null) return 'n/a';
  switch (unit) {
    case 'count':
      return roundTo(value, 0).toLocaleString('en-GB');
    case 'percent':
      return `${roundTo(value, 1).toFixed(1)}%`;
    case 'perThousand':
      return roundTo(value, 1).toFixed(1);
    case 'poundsPerHead':
      return `£${roundTo(value, 0).toLocaleString('en-GB')}`;
  }
}
