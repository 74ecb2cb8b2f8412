import { z } from 'zod';
import { funnel, type FunnelGrain } from '../../core/sen2/funnel';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { isoDateInput, parseInput } from '../validation';
import { loadCouncilReturns, type CouncilReturns } from './storedReturns';

const funnelInput = z
  .object({
    from: isoDateInput.optional(),
    to: isoDateInput.optional(),
    by: z.enum(['month', 'year']).default('year'),
  })
  .strict();

/**
 * The return that tells a calendar year's events: the return for the next January (it covers the year),
 * else a later one, else the latest earlier one; `partial` when it is not the covering return.
 */
function returnForEvents(returns: CouncilReturns, year: number): { year: number; partial: boolean } {
  const years = [...returns.byYear.keys()].sort((a, b) => a - b);
  if (returns.byYear.has(year + 1)) return { year: year + 1, partial: false };
  const later = years.find((y) => y > year + 1);
  if (later !== undefined) return { year: later, partial: true };
  return { year: years.filter((y) => y <= year).at(-1) ?? years.at(-1)!, partial: true };
}

/** The funnel's periods from `start` to `end`, each calendar year from the return that covers it. */
export function funnelPeriods(returns: CouncilReturns, start: string, end: string, by: FunnelGrain) {
  const periods = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
    const source = returnForEvents(returns, year);
    const range = {
      from: start > `${String(year)}-01-01` ? start : `${String(year)}-01-01`,
      to: end < `${String(year)}-12-31` ? end : `${String(year)}-12-31`,
    };
    for (const period of funnel(returns.byYear.get(source.year)!, returns.lookups, range, by))
      periods.push({ ...period, fromReturn: source.year, partial: source.partial });
  }
  return periods;
}

/**
 * The request-to-plan funnel by month or year (aggregates: any role): each calendar year's events from the
 * return that covers it, saying which, and `partial` where no return covers it. Default: from 1 January of
 * the year before the first return to the latest return's reference date.
 */
export async function sen2Funnel(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { from, to, by } = parseInput(funnelInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const returns = await loadCouncilReturns(ctx.db, council);
  const first = returns.stored[0]!;
  const last = returns.stored.at(-1)!;
  const start = from ?? `${String(first.collectionYear - 1)}-01-01`;
  const end = to ?? last.referenceDate;
  if (start > end) throw new ValidationError(`from (${start}) is after to (${end}).`, 'from');
  const periods = funnelPeriods(returns, start, end, by);
  return { from: start, to: end, by, synthetic: returns.synthetic, periods };
}
