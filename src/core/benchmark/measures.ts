import { caseloadMeasures } from './caseloadMeasures';
import { financeMeasures } from './financeMeasures';
import type { MeasureDefinition } from './measure';
import { processMeasures } from './processMeasures';

/** Every benchmark measure, in the order the benchmark table shows them. */
export const benchmarkMeasures: readonly MeasureDefinition[] = [
  ...caseloadMeasures,
  ...processMeasures,
  ...financeMeasures,
];

/** The measure with this id, or undefined. */
export function measureById(id: string): MeasureDefinition | undefined {
  return benchmarkMeasures.find((m) => m.id === id);
}
