import {
  defaultStabilityGrant,
  hnbGrowthProblems,
  stabilityGrantProblems,
  stabilityGrantStatuses,
  type LineRule,
  type StabilityGrantStatus,
} from '../../core/finance';
import { parseFinancialYear, parseIsoDate, type FinancialYear } from '../../core/periods';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Fail = (path: string, message: string, value?: unknown) => void;

const statusList = stabilityGrantStatuses.join(', ');

/**
 * Reads the `rule` of a line of a rule kind (docs/formats/financial-model.md, "Lines with a rule").
 * A stability grant's fields default to the DfE's terms (90% of the deficit at 31 March 2026, counted
 * once approved or received); a growth line must say its rates. Problems go to `fail`.
 */
export function readLineRule(
  at: string,
  kind: 'stabilityGrant' | 'hnbGrowth',
  raw: unknown,
  years: readonly FinancialYear[],
  fail: Fail,
): LineRule | undefined {
  if (kind === 'hnbGrowth') {
    if (!isObject(raw) || !isObject(raw.growth)) {
      fail(`${at}.rule`, 'must give the growth by year, e.g. {"growth": {"2026-27": 0.03}} for 3%', raw);
      return undefined;
    }
    const growth: Record<FinancialYear, number> = {};
    for (const [rawYear, rate] of Object.entries(raw.growth)) {
      try {
        growth[parseFinancialYear(rawYear)] = rate as number;
      } catch (error) {
        fail(`${at}.rule.growth.${rawYear}`, (error as Error).message, rawYear);
      }
    }
    const rule = { growth };
    for (const problem of hnbGrowthProblems(rule, years)) fail(`${at}.rule.growth`, problem);
    return rule;
  }
  if (raw !== undefined && !isObject(raw)) {
    fail(
      `${at}.rule`,
      'must be an object such as {"share": 0.9, "asAt": "2026-03-31", "status": "expected"}',
      raw,
    );
    return undefined;
  }
  const given = raw ?? {};
  const known = ['share', 'asAt', 'status', 'countWhen', 'year'];
  for (const key of Object.keys(given))
    if (!known.includes(key))
      fail(`${at}.rule.${key}`, `is not part of a stability grant rule; use ${known.join(', ')}`);
  const share = given.share ?? defaultStabilityGrant.share;
  if (typeof share !== 'number') fail(`${at}.rule.share`, 'must be a number from 0 to 1 (0.9 is 90%)', share);
  let asAt = defaultStabilityGrant.asAt;
  if (given.asAt !== undefined)
    try {
      asAt = parseIsoDate(String(given.asAt as string));
    } catch (error) {
      fail(`${at}.rule.asAt`, (error as Error).message, given.asAt);
      return undefined;
    }
  const status = (given.status ?? defaultStabilityGrant.status) as StabilityGrantStatus;
  const countWhen = (given.countWhen ?? defaultStabilityGrant.countWhen) as StabilityGrantStatus[];
  if (!Array.isArray(countWhen)) {
    fail(
      `${at}.rule.countWhen`,
      `must list the statuses at which the grant is counted, from ${statusList}`,
      countWhen,
    );
    return undefined;
  }
  let year: FinancialYear | undefined;
  if (given.year !== undefined)
    try {
      year = parseFinancialYear(String(given.year as string));
    } catch (error) {
      fail(`${at}.rule.year`, (error as Error).message, given.year);
      return undefined;
    }
  if (typeof share !== 'number') return undefined;
  const rule = { share, asAt, status, countWhen, ...(year ? { year } : {}) };
  for (const problem of stabilityGrantProblems(rule, years)) fail(`${at}.rule`, problem);
  return rule;
}
