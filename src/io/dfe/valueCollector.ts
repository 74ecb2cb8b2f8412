import type { Figure } from '../../core/benchmark/figure';
import { numberProblem, numberRules, type NumberRule } from '../../core/inputs';
import type { PublishedValue } from './nationalDataset';
import type { RowError } from './readResult';

/**
 * The bounds a published value must keep to, by its series: counts of plans, appeals and decisions are
 * whole and not negative; populations not negative; money (pence) and percentages finite and sane.
 */
export function ruleOfSeries(series: string): NumberRule {
  if (series.startsWith('ehcp.') || series.startsWith('tribunal.')) return numberRules.ehcpCount;
  if (series.startsWith('population.')) return numberRules.population;
  if (series.endsWith('Pct')) return numberRules.percentage;
  return numberRules.nationalPence;
}

const what = (series: string) =>
  series.startsWith('ehcp.') || series.startsWith('tribunal.')
    ? 'a count'
    : series.startsWith('population.')
      ? 'a population'
      : 'a figure';

/**
 * Gathers the values and row errors of one file. The same series, area and period given twice with the
 * same figure is kept once (zips repeat rows across files); given twice with different figures it is an
 * error, since the import could not say which the DfE meant.
 */
export class ValueCollector {
  constructor(
    private readonly file: string,
    readonly errors: RowError[] = [],
    private readonly values = new Map<string, PublishedValue & { row: number; file: string }>(),
  ) {}

  /** A collector for another file of the same dataset (a zip's next CSV), sharing values and errors. */
  withFile(file: string): ValueCollector {
    return new ValueCollector(file, this.errors, this.values);
  }

  /** Records an error at a row and column of this collector's file. */
  error(row: number, column: string, value: string, message: string): void {
    this.errors.push({ file: this.file, row, column, value, message });
  }

  /** Adds a figure; `row` is where it came from, for the error when it contradicts an earlier one. */
  add(series: string, area: string, period: string, figure: Figure, row: number, column: string): void {
    const key = `${series}|${area}|${period}`;
    const value = figure.value;
    // -5 plans, 2.5 plans or 1e308 plans is a broken file, never a figure: refused with the file, row and column.
    const problem = value === null ? undefined : numberProblem(value, ruleOfSeries(series));
    if (problem) {
      this.error(row, column, String(value), `is not ${what(series)} the DfE publishes: it ${problem}`);
      return;
    }
    const missing = figure.value === null ? figure.missing : null;
    const earlier = this.values.get(key);
    if (earlier) {
      if (earlier.value !== value || earlier.missing !== missing) {
        const before = earlier.value ?? earlier.missing ?? '';
        this.error(
          row,
          column,
          String(value ?? missing),
          `contradicts ${String(before)} given for the same area and period at ${earlier.file} row ${String(earlier.row)}`,
        );
      }
      return;
    }
    this.values.set(key, { series, area, period, value, missing, row, file: this.file });
  }

  /** The values gathered, without their provenance. */
  published(): PublishedValue[] {
    return [...this.values.values()].map(({ series, area, period, value, missing }) => ({
      series,
      area,
      period,
      value,
      missing,
    }));
  }
}
