import { backgroundPopulationTable } from './backgroundPopulation';
import { leaverBetas, moverBetas, type BetaTable } from './cellBetas';
import type { DestinationTable } from './destinationTable';
import type { ForecastOptions } from './forecastOptions';
import { initialPopulation, seedYearOf } from './initialPopulation';
import { joinerBetas } from './joinerBetas';
import { joinerDestinations } from './joinerDestinations';
import { moverDestinations } from './moverDestinations';
import { stateOf, stateSpaceOf, type StateSpace } from './stateSpace';
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
}

/** Estimates a model's parameters (pure, deterministic). */
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
    if (state >= 0) costPence[state] = cost.costPence;
  }
  return {
    space,
    options,
    seedYear,
    parameterNcys: ncys,
    leaver: leaverBetas(space, counts, witanScope ? 'valid' : 'all'),
    mover: moverBetas(space, counts, witanScope ? 'valid' : 'all'),
    moverDestinations: moverDestinations(space, counts, witanScope ? 'witan' : 'arrival', ncys),
    joiner: joinerBetas(space, counts, population, ncys, options.joinerPopulationYear),
    joinerDestinations: joinerDestinations(
      space,
      counts,
      ncys,
      witanScope ? 'witan' : 'valid-only',
      options.joinerFallback,
    ),
    initialPopulation: initialPopulation(space, inputs.transitions),
    costPence,
    projectionYears,
    projectionPopulation,
  };
}
