import { z } from 'zod';
import { censusRecords, summariseCensus } from '../../core/sen2/census';
import { januaryCensusDate } from '../../core/periods';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { isoDateInput, parseInput } from '../validation';
import { loadCouncilReturns, returnForDate } from './storedReturns';

const censusInput = z.object({ date: isoDateInput }).strict();

/**
 * The EHCP census on a date from the council's returns (aggregates only: any role): totals by NCY, need,
 * setting type and DfE placement category, from the return that covers the date, saying which and how.
 */
export async function sen2Census(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { date } = parseInput(censusInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const returns = await loadCouncilReturns(ctx.db, council);
  const stored = returnForDate(returns, date);
  const index = returns.byYear.get(stored.collectionYear)!;
  const note =
    date > stored.referenceDate
      ? `after the latest return's reference date (${stored.referenceDate}): plans that ceased since are not known`
      : date < januaryCensusDate(stored.collectionYear - 1)
        ? `rebuilt from the ${String(stored.collectionYear)} return's dated records, a lower bound: children whose plans ceased before ${String(stored.collectionYear - 1)} are not in it`
        : `from the ${String(stored.collectionYear)} return`;
  return {
    ...summariseCensus(date, censusRecords(index, date, returns.lookups)),
    fromReturn: stored.collectionYear,
    synthetic: stored.synthetic,
    note,
  };
}
