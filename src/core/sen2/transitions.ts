import { januaryCensusDate } from '../periods';
import { NONSEND, type Transition } from '../forecast/witanInputs';
import { censusRecords, type CensusRecord } from './census';
import type { ReturnsByYear } from './history';
import type { ReturnIndex } from './returnIndex';
import type { SettingLookups } from './settingResolution';

// witan.send transitions between consecutive Januaries, children matched by their pseudonymous id:
// stayers and movers (in both censuses), joiners (only in the second) and leavers (only in the first,
// with the reason their plan ceased). The pair (Y, Y+1) comes from the return for Y+1, which holds both
// Januaries and the plans that ceased between them. Without that return, the pair can be rebuilt from a
// later return's dated records; such a pair has no leavers (children who left are not in the later
// return), so it is used only when asked for, and says so.

/** What the forecast calls a setting: the DfE placement category (7 settings), or the setting type. */
export type ForecastSetting = 'category' | 'settingType';

/** The NCYs the forecast models: -4 (age 0 on 31 August) to 20 (age 24 on 31 August, a plan's last year). */
export const forecastNcyRange = { min: -4, max: 20 } as const;

/** One year's transitions and what they are made of. */
export interface TransitionYear {
  /** The first census's year. */
  readonly year: number;
  readonly fromReturn: number;
  readonly rebuilt: boolean;
  readonly transitions: readonly Transition[];
  readonly stayers: number;
  readonly movers: number;
  readonly joiners: number;
  readonly leavers: number;
  /** Leavers by the cease reason of their plan ('none': no reason given). */
  readonly leaversByReason: Record<string, number>;
  /** Children left out: no date of birth, or an NCY outside the modelled range. */
  readonly leftOut: number;
}

const settingOf = (r: CensusRecord, setting: ForecastSetting) =>
  setting === 'category' ? r.category : r.settingType;

/** The transitions between two censuses of one return, Januaries `year` and `year + 1`. */
export function transitionsBetween(
  index: ReturnIndex,
  year: number,
  lookups: SettingLookups,
  setting: ForecastSetting,
  rebuilt: boolean,
): TransitionYear {
  const secondDate =
    index.ret.header.collectionYear === year + 1
      ? index.ret.header.referenceDate
      : januaryCensusDate(year + 1);
  const first = new Map(censusRecords(index, januaryCensusDate(year), lookups).map((r) => [r.personId, r]));
  const second = new Map(censusRecords(index, secondDate, lookups).map((r) => [r.personId, r]));
  const inRange = (ncy: number | null): ncy is number =>
    ncy !== null && ncy >= forecastNcyRange.min && ncy <= forecastNcyRange.max;
  const transitions: Transition[] = [];
  const leaversByReason: Record<string, number> = {};
  let stayers = 0;
  let movers = 0;
  let joiners = 0;
  let leavers = 0;
  let leftOut = 0;
  for (const [id, a] of first) {
    const b = second.get(id);
    if (!inRange(a.ncy) || (b && !inRange(b.ncy))) {
      leftOut += 1;
      continue;
    }
    if (b) {
      const [s1, s2] = [settingOf(a, setting), settingOf(b, setting)];
      if (s1 === s2 && a.need === b.need) stayers += 1;
      else movers += 1;
      transitions.push({
        calendarYear: year,
        ncy1: a.ncy,
        need1: a.need,
        setting1: s1,
        ncy2: b.ncy!,
        need2: b.need,
        setting2: s2,
      });
      continue;
    }
    leavers += 1;
    const reason = ceaseReasonOf(index, a.personRow, januaryCensusDate(year), secondDate);
    leaversByReason[reason] = (leaversByReason[reason] ?? 0) + 1;
    transitions.push({
      calendarYear: year,
      ncy1: a.ncy,
      need1: a.need,
      setting1: settingOf(a, setting),
      ncy2: a.ncy + 1,
      need2: NONSEND,
      setting2: NONSEND,
    });
  }
  for (const [id, b] of second) {
    if (first.has(id)) continue;
    if (!inRange(b.ncy)) {
      leftOut += 1;
      continue;
    }
    joiners += 1;
    transitions.push({
      calendarYear: year,
      ncy1: b.ncy - 1,
      need1: NONSEND,
      setting1: NONSEND,
      ncy2: b.ncy,
      need2: b.need,
      setting2: settingOf(b, setting),
    });
  }
  return {
    year,
    fromReturn: index.ret.header.collectionYear,
    rebuilt,
    transitions,
    stayers,
    movers,
    joiners,
    leavers,
    leaversByReason: Object.fromEntries(
      Object.entries(leaversByReason).sort(([x], [y]) => x.localeCompare(y)),
    ),
    leftOut,
  };
}

/** The reason of the child's plan that ceased between the two dates ('none' when it gives none). */
function ceaseReasonOf(index: ReturnIndex, personRow: number, from: string, to: string): string {
  const ceased = (index.plansByPerson.get(personRow) ?? [])
    .map((p) => p.plan)
    .filter((p) => p.ceaseDate !== null && p.ceaseDate >= from && p.ceaseDate < to)
    .sort((a, b) => (b.ceaseDate ?? '').localeCompare(a.ceaseDate ?? ''))[0];
  return ceased?.ceaseReason === null || ceased === undefined ? 'none' : String(ceased.ceaseReason);
}

/**
 * Every transition year the returns give: (Y, Y+1) from the return for Y+1; with `rebuild`, also the
 * earlier pairs rebuilt from the earliest return, back to `earliestYear` (the history's first January).
 */
export function transitionHistory(
  returns: ReturnsByYear,
  lookups: SettingLookups,
  options: { setting: ForecastSetting; rebuild: boolean; earliestYear?: number },
): TransitionYear[] {
  const years = [...returns.keys()].sort((a, b) => a - b);
  const result: TransitionYear[] = [];
  for (const year of years)
    result.push(transitionsBetween(returns.get(year)!, year - 1, lookups, options.setting, false));
  if (options.rebuild && years.length > 0) {
    const first = years[0]!;
    for (let year = first - 2; year >= (options.earliestYear ?? first - 1); year -= 1)
      result.push(transitionsBetween(returns.get(first)!, year, lookups, options.setting, true));
    // Gaps between returns: pairs whose second January has no return of its own.
    for (let year = first; year < years[years.length - 1]!; year += 1) {
      if (returns.has(year + 1)) continue;
      const later = years.find((y) => y > year + 1)!;
      result.push(transitionsBetween(returns.get(later)!, year, lookups, options.setting, true));
    }
  }
  return result.sort((a, b) => a.year - b.year);
}
