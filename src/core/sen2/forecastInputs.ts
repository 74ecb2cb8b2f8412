import type { PlacementCategory } from '../benchmark/placementCategories';
import { seedYearOf } from '../forecast/initialPopulation';
import {
  NONSEND,
  type BackgroundPopulation,
  type PlacementCost,
  type Transition,
  type ValidSetting,
  type WitanInputs,
} from '../forecast/witanInputs';
import { settingTypeOf } from '../placements';
import { forecastNcyRange, type ForecastSetting, type TransitionYear } from './transitions';

// witan.send inputs made from a council's SEN2 history: the transitions, a valid-states table from what
// the history shows (each setting's NCY range; every need anywhere; moves between any settings), costs
// by setting, and the background population by NCY. Without a population file the joiner model still
// runs on a flat population, and says so: joiner numbers then stay at the history's level instead of
// following the number of children in the area.

/** The flat population assumed for every NCY and year when the council gives none. */
export const assumedPopulation = 10_000;

/** Years projected when the population comes from the assumption (a file decides its own). */
export const assumedProjectionYears = 5;

/** What goes into the inputs besides the transitions. */
export interface Sen2ForecastSources {
  readonly setting: ForecastSetting;
  /** Annual cost in pence of a placement in each forecast setting; a setting left out costs nothing. */
  readonly costBySetting: Readonly<Record<string, number>>;
  /** The council's population by census year and NCY, or null to assume a flat one. */
  readonly population: readonly BackgroundPopulation[] | null;
}

/** The inputs and what was assumed or left out making them. */
export interface Sen2ForecastInputs {
  readonly inputs: WitanInputs;
  readonly assumptions: string[];
}

/** Builds witan.send inputs from transition years. */
export function sen2ForecastInputs(
  years: readonly TransitionYear[],
  sources: Sen2ForecastSources,
): Sen2ForecastInputs {
  const transitions: Transition[] = years.flatMap((y) => y.transitions);
  if (transitions.length === 0) throw new RangeError('the returns give no transitions to forecast from');
  const assumptions: string[] = [];
  const ranges = new Map<string, { min: number; max: number }>();
  const needs = new Set<string>();
  const note = (setting: string, ncy: number) => {
    if (setting === NONSEND) return;
    const r = ranges.get(setting);
    ranges.set(
      setting,
      r ? { min: Math.min(r.min, ncy), max: Math.max(r.max, ncy) } : { min: ncy, max: ncy },
    );
  };
  for (const t of transitions) {
    note(t.setting1, t.ncy1);
    note(t.setting2, t.ncy2);
    if (t.need1 !== NONSEND) needs.add(t.need1);
    if (t.need2 !== NONSEND) needs.add(t.need2);
  }
  const settings = [...ranges.keys()].sort();
  const validSettings: ValidSetting[] = settings.map((setting) => ({
    setting,
    settingGroup: sources.setting === 'category' ? setting : settingTypeOf(setting).category,
    minNcy: ranges.get(setting)!.min,
    maxNcy: ranges.get(setting)!.max,
    needs: [...needs].sort(),
    destinations: settings,
  }));
  const costs: PlacementCost[] = [];
  for (const setting of settings) {
    const cost = sources.costBySetting[setting];
    if (cost === undefined) {
      assumptions.push(`no cost for setting ${setting}: its placements are counted at £0`);
      continue;
    }
    for (const need of [...needs].sort()) costs.push({ need, setting, costPence: Math.round(cost) });
  }
  const seedYear = seedYearOf(transitions);
  const firstYear = Math.min(...transitions.map((t) => t.calendarYear));
  const ncyMin = Math.min(forecastNcyRange.min, ...validSettings.map((v) => v.minNcy));
  const ncyMax = Math.max(...validSettings.map((v) => v.maxNcy));
  let population = sources.population ? [...sources.population] : [];
  if (!sources.population) {
    population = [];
    for (let year = firstYear; year <= seedYear + assumedProjectionYears; year += 1)
      for (let ncy = ncyMin; ncy <= ncyMax; ncy += 1)
        population.push({ calendarYear: year, ncy, population: assumedPopulation });
    assumptions.push(
      `no population file: a flat background population of ${assumedPopulation.toLocaleString('en-GB')} children in every NCY and year was assumed, so joiners stay at the history's numbers (projecting ${String(seedYear + 1)}-${String(seedYear + assumedProjectionYears)})`,
    );
  }
  const rebuilt = years.filter((y) => y.rebuilt).map((y) => y.year);
  if (rebuilt.length > 0)
    assumptions.push(
      `transitions of ${rebuilt.join(', ')} were rebuilt from a later return: they have no leavers, so leaver rates are understated`,
    );
  const leftOut = years.reduce((sum, y) => sum + y.leftOut, 0);
  if (leftOut > 0)
    assumptions.push(
      `${String(leftOut)} census records were left out: no date of birth, or an NCY outside ${String(forecastNcyRange.min)} to ${String(forecastNcyRange.max)}`,
    );
  const settingCategories =
    sources.setting === 'category'
      ? (Object.fromEntries(settings.map((s) => [s, s])) as Record<string, PlacementCategory>)
      : Object.fromEntries(settings.map((s) => [s, settingTypeOf(s).category]));
  return { inputs: { transitions, population, costs, validSettings, settingCategories }, assumptions };
}
