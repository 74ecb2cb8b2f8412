// The inputs of a witan.send model, as plain data (src/io/witan reads and validates the files).
import type { PlacementCategory } from '../benchmark/placementCategories';

/** The pseudo-state for "not in the council's EHCP population" (a joiner's side 1, a leaver's side 2). */
export const NONSEND = 'NONSEND';

/** One child's pair of consecutive January censuses; `calendarYear` is the first census's year. */
export interface Transition {
  readonly calendarYear: number;
  readonly ncy1: number;
  readonly need1: string;
  readonly setting1: string;
  readonly ncy2: number;
  readonly need2: string;
  readonly setting2: string;
}

/** Background (whole child) population of one National Curriculum Year in one calendar year. */
export interface BackgroundPopulation {
  readonly calendarYear: number;
  readonly ncy: number;
  readonly population: number;
}

/** Annual cost of one EHCP with a need in a setting, in pence; with `ncy`, for that NCY only. */
export interface PlacementCost {
  readonly need: string;
  readonly setting: string;
  readonly costPence: number;
  /** Optional: the cost for this NCY, over the need and setting's cost for every other NCY. */
  readonly ncy?: number;
}

/** One row of valid-states.csv: a setting's NCY range, the needs it takes, where its pupils may move. */
export interface ValidSetting {
  readonly setting: string;
  readonly settingGroup: string;
  readonly minNcy: number;
  readonly maxNcy: number;
  readonly needs: readonly string[];
  readonly destinations: readonly string[];
}

/** Everything a forecast is estimated from. */
export interface WitanInputs {
  readonly transitions: readonly Transition[];
  readonly population: readonly BackgroundPopulation[];
  readonly costs: readonly PlacementCost[];
  readonly validSettings: readonly ValidSetting[];
  /**
   * Optional: the DfE placement category of each setting (witan.send settings are the council's own
   * codes). Settings left out are reported under `unmapped`.
   */
  readonly settingCategories?: Readonly<Record<string, PlacementCategory>>;
}

/** A transition into the EHCP population from outside it. */
export const isJoiner = (t: Transition): boolean => t.setting1 === NONSEND;

/** A transition out of the EHCP population. */
export const isLeaver = (t: Transition): boolean => t.setting1 !== NONSEND && t.setting2 === NONSEND;
