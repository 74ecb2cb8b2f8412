import { cellOf, stateOf, type StateSpace } from './stateSpace';
import { isJoiner, NONSEND, type Transition } from './witanInputs';

// Every estimator is a function of these counts; they are taken once, in one pass over the transitions.
// Cells here are start cells (NCY at the first census), except for joiners, who are counted at the cell
// they join (NCY at the second census), as witan.send does.

/** Counts of historic transitions by the cells they start from (or, for joiners, join). */
export interface TransitionCounts {
  /** Calendar years present in the transitions, ascending. */
  readonly years: readonly number[];
  /** By start cell: transitions out of the EHCP population (L), and those staying in it (R). */
  readonly leavers: Float64Array;
  readonly stayers: Float64Array;
  /** By start cell, among those staying in: a change of setting (M), and the same setting (S). */
  readonly movers: Float64Array;
  readonly sameSetting: Float64Array;
  /** By start cell: destination state -> number of movers from exactly that cell. */
  readonly moverDestinations: ReadonlyMap<number, ReadonlyMap<number, number>>;
  /** ncyCount × settingCount: movers from any state starting at the NCY, by destination setting. */
  readonly moversBySettingAndNcy: Float64Array;
  /** By joined cell (NCY at the second census): joiners over all years. */
  readonly joiners: Float64Array;
  /** Calendar year -> joiners by joined NCY (index ncy - ncyMin). */
  readonly joinersByYear: ReadonlyMap<number, Float64Array>;
}

/** Counts the transitions (already validated: known needs and settings, NCY rising by one). */
export function countTransitions(space: StateSpace, transitions: readonly Transition[]): TransitionCounts {
  const { cellCount, ncyCount, ncyMin } = space;
  const settingCount = space.settings.length;
  const counts = {
    leavers: new Float64Array(cellCount),
    stayers: new Float64Array(cellCount),
    movers: new Float64Array(cellCount),
    sameSetting: new Float64Array(cellCount),
    moversBySettingAndNcy: new Float64Array(ncyCount * settingCount),
    joiners: new Float64Array(cellCount),
  };
  const moverDestinations = new Map<number, Map<number, number>>();
  const joinersByYear = new Map<number, Float64Array>();
  const years = new Set<number>();
  for (const t of transitions) {
    years.add(t.calendarYear);
    if (isJoiner(t)) {
      const joined = cellOf(space, t.ncy2, stateOf(space, t.need2, t.setting2));
      counts.joiners[joined] = (counts.joiners[joined] as number) + 1;
      let byNcy = joinersByYear.get(t.calendarYear);
      if (!byNcy) joinersByYear.set(t.calendarYear, (byNcy = new Float64Array(ncyCount)));
      byNcy[t.ncy2 - ncyMin] = (byNcy[t.ncy2 - ncyMin] as number) + 1;
      continue;
    }
    const start = cellOf(space, t.ncy1, stateOf(space, t.need1, t.setting1));
    if (t.setting2 === NONSEND) {
      counts.leavers[start] = (counts.leavers[start] as number) + 1;
      continue;
    }
    counts.stayers[start] = (counts.stayers[start] as number) + 1;
    if (t.setting2 === t.setting1) {
      counts.sameSetting[start] = (counts.sameSetting[start] as number) + 1;
      continue;
    }
    counts.movers[start] = (counts.movers[start] as number) + 1;
    const destination = stateOf(space, t.need2, t.setting2);
    let fromCell = moverDestinations.get(start);
    if (!fromCell) moverDestinations.set(start, (fromCell = new Map<number, number>()));
    fromCell.set(destination, (fromCell.get(destination) ?? 0) + 1);
    const bySetting = (t.ncy1 - ncyMin) * settingCount + (space.settingIndex.get(t.setting2) as number);
    counts.moversBySettingAndNcy[bySetting] = (counts.moversBySettingAndNcy[bySetting] as number) + 1;
  }
  return { ...counts, years: [...years].sort((a, b) => a - b), moverDestinations, joinersByYear };
}

/** The NCYs witan.send estimates parameters for: those with at least one valid cell, ascending. */
export function parameterNcys(space: StateSpace): number[] {
  const ncys: number[] = [];
  for (let ncy = space.ncyMin; ncy <= space.ncyMax; ncy += 1) {
    const from = (ncy - space.ncyMin) * space.stateCount;
    if (space.validCell.subarray(from, from + space.stateCount).some((v) => v === 1)) ncys.push(ncy);
  }
  return ncys;
}
