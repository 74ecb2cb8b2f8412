import { januaryCensusDate, type IsoDate } from '../periods';
import { censusRecords, type CensusRecord } from './census';
import type { ReturnIndex } from './returnIndex';
import type { SettingLookups } from './settingResolution';

// Every January the council's returns can tell about. A return for year R describes the January R census
// (its reference date) and, because it also holds the plans that ceased during the year before, the
// January R-1 census as well. So January Y comes from the return for Y, else from the return for Y+1.
// Earlier Januaries can only be rebuilt from the dated records of a later return (plan start and cease
// dates, placement entry and leaving dates), and only partly: a child whose plan ceased before that
// return's year is not in it at all, and a placement left before then is not either. We rebuild back
// while at least half the children counted have a placement dated that far back, and say what is missing.

/** Where a January's census came from. */
export type CensusSource = 'own-return' | 'next-return' | 'rebuilt';

/** One January census of the history. */
export interface JanuaryCensus {
  readonly year: number;
  readonly date: IsoDate;
  readonly source: CensusSource;
  /** The return year the records came from. */
  readonly fromReturn: number;
  readonly records: readonly CensusRecord[];
  /** What the figure is and is not, in words. */
  readonly note: string;
}

/** What the history could not rebuild, and why. */
export interface NotRebuilt {
  readonly year: number;
  readonly reason: string;
}

/** Least share of a rebuilt January's children whose placement on the day is in the return. */
export const rebuildCoverage = 0.5;

/** How far back a history goes at most (a plan with no start date would otherwise be open for ever). */
export const maximumRebuildYears = 20;

/** The returns by year, each joined up. */
export type ReturnsByYear = ReadonlyMap<number, ReturnIndex>;

const share = (records: readonly CensusRecord[]) =>
  records.length === 0 ? 0 : records.filter((r) => r.placedFrom === 'placement').length / records.length;

/** The January census of year `year` from the return that tells it best, or why there is none. */
export function januaryCensus(
  returns: ReturnsByYear,
  year: number,
  lookups: SettingLookups,
): JanuaryCensus | NotRebuilt {
  const own = returns.get(year);
  if (own) {
    const date = own.ret.header.referenceDate;
    return {
      year,
      date,
      source: 'own-return',
      fromReturn: year,
      records: censusRecords(own, date, lookups),
      note: `the ${String(year)} return's own census`,
    };
  }
  const date = januaryCensusDate(year);
  const next = returns.get(year + 1);
  if (next)
    return {
      year,
      date,
      source: 'next-return',
      fromReturn: year + 1,
      records: censusRecords(next, date, lookups),
      note: `from the ${String(year + 1)} return, which holds the plans open in January ${String(year)} and those ceased since`,
    };
  const later = [...returns.keys()].filter((y) => y > year + 1).sort((a, b) => a - b)[0];
  if (later === undefined) return { year, reason: `no return for ${String(year)} or later` };
  const records = censusRecords(returns.get(later)!, date, lookups);
  if (records.length === 0)
    return { year, reason: `the ${String(later)} return has no plan open on ${date}` };
  const placed = share(records);
  if (placed < rebuildCoverage)
    return {
      year,
      reason: `only ${String(Math.round(placed * 100))}% of the plans open on ${date} in the ${String(later)} return have a placement dated that far back`,
    };
  return {
    year,
    date,
    source: 'rebuilt',
    fromReturn: later,
    records,
    note: `rebuilt from the ${String(later)} return's dated records: children whose plans ceased before ${String(later - 1)} are not in it, so this is a lower bound`,
  };
}

/** Every January from the earliest that can be told to the latest return, and those that could not. */
export function censusHistory(
  returns: ReturnsByYear,
  lookups: SettingLookups,
): { januaries: JanuaryCensus[]; notRebuilt: NotRebuilt[] } {
  const years = [...returns.keys()].sort((a, b) => a - b);
  if (years.length === 0) return { januaries: [], notRebuilt: [] };
  const januaries: JanuaryCensus[] = [];
  const notRebuilt: NotRebuilt[] = [];
  for (let year = years[years.length - 1]!; ; year -= 1) {
    if (year < years[0]! - maximumRebuildYears) {
      notRebuilt.push({
        year,
        reason: `more than ${String(maximumRebuildYears)} years before the first return`,
      });
      break;
    }
    const census = januaryCensus(returns, year, lookups);
    if ('reason' in census) {
      // Gaps between returns are reported; before the first return, the first failure ends the history.
      notRebuilt.push(census);
      if (year < years[0]!) break;
      continue;
    }
    januaries.unshift(census);
  }
  return { januaries, notRebuilt: notRebuilt.sort((a, b) => a.year - b.year) };
}
