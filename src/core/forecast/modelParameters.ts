import { backgroundPopulationTable } from './backgroundPopulation';
import { leaverBetas, moverBetas, type BetaTable } from './cellBetas';
import type { DestinationTable } from './destinationTable';
import type { ForecastOptions } from './forecastOptions';
import { initialPopulation, seedYearOf } from './initialPopulation';
import { placementCategories } from '../benchmark/placementCategories';
import { joinerBetas, joinerTrendFactors, recencyWeights } from './joinerBetas';
import { compilePlan, type AdjustmentPlan } from './scenarioPlan';
import { joinerDestinations } from './joinerDestinations';
import { moverDestinations } from './moverDestinations';
import { cellOf, stateOf, stateSpaceOf, type StateSpace } from './stateSpace';
import { countTransitions, parameterNcys } from './transitionCounts';
import type { WitanInputs } from './witanInputs';

/** Everything a projection needs, estimated from the inputs under the given options. */
export interface ModelParameters {
  readonly space: StateSpace;
  readonly options: ForecastOptions;
  readonly seedYear: number;
  /** The NCYs with any valid cell, for which witan.send estimates parameters. */
  readonly parameterNcys: readonly number[];
  readonly leaver: BetaTable;
  readonly mover: BetaTable;
  readonly moverDestinations: DestinationTable;
  /** Per NCY index (ncy - ncyMin). */
  readonly joiner: BetaTable;
  readonly joinerDestinations: DestinationTable;
  readonly initialPopulation: Int32Array;
  /** Annual cost per state in pence; 0 where costs.csv has no row (as witan.send counts it). */
  readonly costPence: Float64Array;
  /** Calendar years projected: every population.csv year after the seed year. */
  readonly projectionYears: readonly number[];
  /** projectionYears × ncyCount background population; NaN where population.csv has no row. */
  readonly projectionPopulation: Float64Array;
  /**
   * Annual cost per cell in pence, for the seed year then each projected year (years × cellCount): the
   * need and setting's cost, or its NCY's where costs.csv gives one, inflated by `costInflation` a year
   * from the seed year and rounded to the penny.
   */
  readonly cellCostPence: Float64Array;
  /** Per setting: its index in `placementCategories`, or -1 when the mapping leaves it out (or there is none). */
  readonly settingCategory: Int8Array;
  /** Per projected year: scenario and trend changes to rates, destinations, placements and caps. */
  readonly adjustments: AdjustmentPlan;
  /** What the scenario or trend could not apply, or chose (for people; the run goes on). */
  readonly notes: readonly string[];
}

function cellCosts(
  space: StateSpace,
  costs: WitanInputs['costs'],
  yearCount: number,
  inflation: number,
): Float64Array {
  const base = new Float64Array(space.cellCount);
  for (const cost of costs) {
    const state = stateOf(space, cost.need, cost.setting);
    if (state < 0 || cost.ncy !== undefined) continue;
    for (let n = 0; n < space.ncyCount; n += 1) base[n * space.stateCount + state] = cost.costPence;
  }
  for (const cost of costs) {
    const state = stateOf(space, cost.need, cost.setting);
    if (state < 0 || cost.ncy === undefined || cost.ncy < space.ncyMin || cost.ncy > space.ncyMax) continue;
    base[cellOf(space, cost.ncy, state)] = cost.costPence;
  }
  const out = new Float64Array(yearCount * space.cellCount);
  for (let y = 0; y < yearCount; y += 1) {
    const factor = (1 + inflation) ** y;
    for (let cell = 0; cell < space.cellCount; cell += 1)
      out[y * space.cellCount + cell] =
        y === 0 ? (base[cell] as number) : Math.round((base[cell] as number) * factor);
  }
  return out;
}

function settingCategories(space: StateSpace, inputs: WitanInputs): Int8Array {
  const out = new Int8Array(space.settings.length).fill(-1);
  const mapping = inputs.settingCategories;
  if (!mapping) return out;
  space.settings.forEach((setting, s) => {
    const category = mapping[setting];
    if (category !== undefined) out[s] = placementCategories.indexOf(category);
  });
  return out;
}

/**
 * Estimates a model's parameters (pure, deterministic). With `options.scenario`, the scenario is
 * checked against the model (a ScenarioError names what does not fit) and compiled per projected year.
 */
export function estimateParameters(inputs: WitanInputs, options: ForecastOptions): ModelParameters {
  const space = stateSpaceOf(inputs);
  const counts = countTransitions(space, inputs.transitions);
  const ncys = parameterNcys(space);
  const population = backgroundPopulationTable(inputs.population);
  const witanScope = options.ageingOut === 'silent-drop';
  const seedYear = seedYearOf(inputs.transitions);
  const projectionYears = population.years.filter((year) => year > seedYear);
  const projectionPopulation = new Float64Array(projectionYears.length * space.ncyCount).fill(Number.NaN);
  projectionYears.forEach((year, y) => {
    for (let ncy = space.ncyMin; ncy <= space.ncyMax; ncy += 1) {
      const people = population.get(year, ncy);
      if (people !== undefined) projectionPopulation[y * space.ncyCount + ncy - space.ncyMin] = people;
    }
  });
  const costPence = new Float64Array(space.stateCount);
  for (const cost of inputs.costs) {
    const state = stateOf(space, cost.need, cost.setting);
    if (state >= 0 && cost.ncy === undefined) costPence[state] = cost.costPence;
  }
  const inflation = options.costInflation ?? 0;
  if (!Number.isFinite(inflation) || inflation <= -1 || inflation > 1)
    throw new RangeError(
      `cost inflation ${String(inflation)} is not a yearly rate between -1 and 1 (0.03 is 3%)`,
    );
  const halfLife = options.joinerHalfLife ?? 2;
  if (!(halfLife > 0)) throw new RangeError(`joiner half-life ${String(halfLife)} must be more than 0 years`);
  const weights = recencyWeights(counts.years, options.joinerWeighting ?? 'equal', halfLife);
  const notes: string[] = [];
  let joinerTrend: number[] | undefined;
  if ((options.joinerTrend ?? 'none') === 'log-linear') {
    const trend = joinerTrendFactors(
      space,
      counts,
      population,
      ncys,
      options.joinerPopulationYear,
      weights,
      projectionYears,
    );
    if (trend) {
      joinerTrend = trend.factors;
      notes.push(
        `joiner trend: the joining rate changes by ${((Math.exp(trend.slope) - 1) * 100).toFixed(1)}% a year (log-linear fit over ${counts.years.length} transition years)`,
      );
    } else notes.push('joiner trend: fewer than two transition years with joiners, so rates are held flat');
  }
  const moverTable = moverDestinations(space, counts, witanScope ? 'witan' : 'arrival', ncys);
  const baseJoinerDestinations = joinerDestinations(
    space,
    counts,
    ncys,
    witanScope ? 'witan' : 'valid-only',
    options.joinerFallback,
  );
  const adjustments = compilePlan(
    {
      space,
      projectionYears,
      moverDestinations: moverTable,
      joinerDestinations: baseJoinerDestinations,
      witan: witanScope,
      ...(joinerTrend && { joinerTrend }),
    },
    options.scenario,
    notes,
  );
  return {
    space,
    options,
    seedYear,
    parameterNcys: ncys,
    leaver: leaverBetas(space, counts, witanScope ? 'valid' : 'all'),
    mover: moverBetas(space, counts, witanScope ? 'valid' : 'all'),
    moverDestinations: moverTable,
    joiner: joinerBetas(space, counts, population, ncys, options.joinerPopulationYear, weights),
    joinerDestinations: baseJoinerDestinations,
    initialPopulation: initialPopulation(space, inputs.transitions),
    costPence,
    projectionYears,
    projectionPopulation,
    cellCostPence: cellCosts(space, inputs.costs, projectionYears.length + 1, inflation),
    settingCategory: settingCategories(space, inputs),
    adjustments,
    notes,
  };
}
