// The sane bounds of the numbers people and files give the product, in one place so the API, the command
// line and every file reader refuse the same things (docs/api.md, "Limits"). A bound is generous: it is
// there to stop a typing slip, a broken file or an attack (1e308, -5 plans), never a real figure.

/** What a number must be: its range, whether it is whole, and what it is called in a message. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
  /** At most this many decimal places (pounds: 2). */
  readonly decimals?: number;
}

/** The bounds used across the product. */
export const numberRules = {
  /** EHCPs (or any count of children or plans) for one council, or England: 0 to 10 million, whole. */
  ehcpCount: { min: 0, max: 10_000_000, whole: true },
  /** A population (ONS estimates and projections, for one age or all 0-25s): 0 to 100 million. */
  population: { min: 0, max: 100_000_000 },
  /** A council's amount in pounds (plan lines, funding, savings): within £10 billion either way, 2 dp. */
  councilPounds: { min: -10_000_000_000, max: 10_000_000_000, decimals: 2 },
  /** A cost per placement per year in pounds: £0 to £10 million. */
  costPerPlacePounds: { min: 0, max: 10_000_000, decimals: 2 },
  /** National money as published (England's DSG included), in pence: within £1 trillion either way. */
  nationalPence: { min: -100_000_000_000_000, max: 100_000_000_000_000 },
  /** A percentage as published (balances as % of income may be below -100): -10,000% to 10,000%. */
  percentage: { min: -10_000, max: 10_000 },
} as const satisfies Record<string, NumberRule>;

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** 20000 -> "20,000". */
export function formatBound(value: number): string {
  return grouped.format(value);
}

/**
 * What is wrong with a number under a rule, as a fragment ("must be a whole number"), or undefined
 * when it is fine. Infinity, NaN and values beyond the bounds are all refused.
 */
export function numberProblem(value: number, rule: NumberRule): string | undefined {
  if (!Number.isFinite(value)) return 'is not a finite number';
  if (rule.whole && !Number.isInteger(value)) return 'must be a whole number';
  if (value < rule.min) return `must be ${formatBound(rule.min)} or more`;
  if (value > rule.max) return `must be ${formatBound(rule.max)} or less`;
  if (rule.decimals !== undefined) {
    const scaled = value * 10 ** rule.decimals;
    if (Math.abs(Math.round(scaled) - scaled) > 1e-6)
      return `must have at most ${String(rule.decimals)} decimal places`;
  }
  return undefined;
}
