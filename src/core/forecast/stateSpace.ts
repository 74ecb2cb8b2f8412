import { NONSEND, type WitanInputs } from './witanInputs';

// The model's cells are (NCY, need, setting), numbered densely so that a population is one Int32Array:
// state = need * settingCount + setting, cell = (ncy - ncyMin) * stateCount + state.

/** The numbering of NCYs, needs, settings and cells, and which cells valid-states.csv allows. */
export interface StateSpace {
  readonly needs: readonly string[];
  readonly settings: readonly string[];
  /** Lowest and highest NCY a pupil can be in: the valid ranges, the transitions, and one year of ageing beyond. */
  readonly ncyMin: number;
  readonly ncyMax: number;
  readonly ncyCount: number;
  readonly stateCount: number;
  readonly cellCount: number;
  /** 1 where (NCY, need, setting) is a valid cell. */
  readonly validCell: Uint8Array;
  /** The lowest and highest NCY of any setting's range: witan.send estimates parameters for these NCYs. */
  readonly validNcyMin: number;
  readonly validNcyMax: number;
  /** Per setting: its NCY range (empty, min > max, for settings only seen in transitions). */
  readonly settingMinNcy: Int32Array;
  readonly settingMaxNcy: Int32Array;
  /** settingCount × settingCount: 1 where valid-states.csv lets a pupil move from the row's setting to the column's. */
  readonly destinationAllowed: Uint8Array;
  /** Per setting: how many destinations valid-states.csv lists (witan.send lets a setting move only if more than 1). */
  readonly destinationCount: Int32Array;
  readonly needIndex: ReadonlyMap<string, number>;
  readonly settingIndex: ReadonlyMap<string, number>;
}

function sortedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((name) => name !== NONSEND).sort();
}

/** Builds the state space of a model from its inputs. */
export function stateSpaceOf(inputs: WitanInputs): StateSpace {
  const needs = sortedNames([
    ...inputs.validSettings.flatMap((v) => v.needs),
    ...inputs.transitions.flatMap((t) => [t.need1, t.need2]),
  ]);
  const settings = sortedNames([
    ...inputs.validSettings.flatMap((v) => [v.setting, ...v.destinations]),
    ...inputs.transitions.flatMap((t) => [t.setting1, t.setting2]),
  ]);
  const needIndex = new Map(needs.map((need, i) => [need, i]));
  const settingIndex = new Map(settings.map((setting, i) => [setting, i]));
  if (inputs.validSettings.length === 0) throw new RangeError('valid-states lists no settings');
  const validNcyMin = Math.min(...inputs.validSettings.map((v) => v.minNcy));
  const validNcyMax = Math.max(...inputs.validSettings.map((v) => v.maxNcy));
  let ncyMin = validNcyMin;
  let ncyMax = validNcyMax;
  for (const t of inputs.transitions) {
    ncyMin = Math.min(ncyMin, t.ncy1, t.ncy2);
    ncyMax = Math.max(ncyMax, t.ncy2);
  }
  // One more NCY so that pupils ageing past the last valid NCY still have a cell to be counted in.
  ncyMax += 1;
  const ncyCount = ncyMax - ncyMin + 1;
  const stateCount = needs.length * settings.length;
  const cellCount = ncyCount * stateCount;
  const validCell = new Uint8Array(cellCount);
  const settingMinNcy = new Int32Array(settings.length).fill(1);
  const settingMaxNcy = new Int32Array(settings.length).fill(0);
  const destinationAllowed = new Uint8Array(settings.length * settings.length);
  const destinationCount = new Int32Array(settings.length);
  for (const row of inputs.validSettings) {
    const s = settingIndex.get(row.setting) as number;
    settingMinNcy[s] = row.minNcy;
    settingMaxNcy[s] = row.maxNcy;
    for (const destination of new Set(row.destinations)) {
      destinationAllowed[s * settings.length + (settingIndex.get(destination) as number)] = 1;
    }
    destinationCount[s] = new Set(row.destinations).size;
    for (const need of row.needs) {
      const state = (needIndex.get(need) as number) * settings.length + s;
      for (let ncy = row.minNcy; ncy <= row.maxNcy; ncy += 1)
        validCell[(ncy - ncyMin) * stateCount + state] = 1;
    }
  }
  return {
    needs,
    settings,
    ncyMin,
    ncyMax,
    ncyCount,
    stateCount,
    cellCount,
    validCell,
    validNcyMin,
    validNcyMax,
    settingMinNcy,
    settingMaxNcy,
    destinationAllowed,
    destinationCount,
    needIndex,
    settingIndex,
  };
}

/** The cell number of (ncy, state); the caller keeps ncy within [ncyMin, ncyMax]. */
export function cellOf(space: StateSpace, ncy: number, state: number): number {
  return (ncy - space.ncyMin) * space.stateCount + state;
}

/** The state number of (need, setting) by name, or -1 when either is unknown or NONSEND. */
export function stateOf(space: StateSpace, need: string, setting: string): number {
  const n = space.needIndex.get(need);
  const s = space.settingIndex.get(setting);
  return n === undefined || s === undefined ? -1 : n * space.settings.length + s;
}

/** Whether a setting's NCY range (from valid-states.csv) includes `ncy`, whatever the need. */
export function settingOpenAt(space: StateSpace, setting: number, ncy: number): boolean {
  return (space.settingMinNcy[setting] as number) <= ncy && ncy <= (space.settingMaxNcy[setting] as number);
}

/** Whether (ncy, state) is a valid cell; false outside the state space's NCYs. */
export function isValidCell(space: StateSpace, ncy: number, state: number): boolean {
  return ncy >= space.ncyMin && ncy <= space.ncyMax && space.validCell[cellOf(space, ncy, state)] === 1;
}
