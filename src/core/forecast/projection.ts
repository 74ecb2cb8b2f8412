import type { ModelParameters } from './modelParameters';
import { emptyFlows, outputLayoutOf, recordYear, type OutputLayout, type YearFlows } from './outputLayout';
import type { Rng } from './rng';
import { YearStepper } from './yearStepper';

/** Every simulated year of a block of simulations, reduced to its series (see outputLayout). */
export interface SimulatedYears {
  readonly layout: OutputLayout;
  /** The seed year (the known census, identical in every simulation), then each projected year. */
  readonly years: readonly number[];
  readonly firstSimulation: number;
  readonly simulations: number;
  /** values[((simulation - firstSimulation) * years.length + year) * seriesCount + series]. */
  readonly values: Float64Array;
}

/**
 * Runs simulations firstSimulation .. firstSimulation + simulations - 1. Simulation i draws only from
 * `streamOf(i)`, so any split into blocks gives the same numbers as one run.
 */
export function simulate(
  parameters: ModelParameters,
  streamOf: (simulation: number) => Rng,
  firstSimulation: number,
  simulations: number,
): SimulatedYears {
  const layout = outputLayoutOf(parameters);
  const years = [parameters.seedYear, ...parameters.projectionYears];
  const values = new Float64Array(simulations * years.length * layout.seriesCount);
  const stepper = new YearStepper(parameters);
  let current = new Int32Array(parameters.space.cellCount);
  let next = new Int32Array(parameters.space.cellCount);
  const flows: YearFlows = emptyFlows(parameters);
  const seedFlows: YearFlows = emptyFlows(parameters);
  for (let s = 0; s < simulations; s += 1) {
    const rng = streamOf(firstSimulation + s);
    stepper.startSimulation();
    current.set(parameters.initialPopulation);
    const simulationOffset = s * years.length * layout.seriesCount;
    recordYear(layout, parameters, current, seedFlows, values, simulationOffset);
    for (let y = 1; y < years.length; y += 1) {
      stepper.step(rng, current, next, y - 1, flows);
      recordYear(layout, parameters, next, flows, values, simulationOffset + y * layout.seriesCount, y);
      [current, next] = [next, current];
    }
  }
  return { layout, years, firstSimulation, simulations, values };
}
