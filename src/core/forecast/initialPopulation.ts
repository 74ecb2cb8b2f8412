import { cellOf, stateOf, type StateSpace } from './stateSpace';
import { NONSEND, type Transition } from './witanInputs';

/** The calendar year projections start from: the last transition year + 1 (its January census is known). */
export function seedYearOf(transitions: readonly Transition[]): number {
  if (transitions.length === 0) throw new RangeError('there are no transitions to estimate from');
  return transitions.reduce((max, t) => Math.max(max, t.calendarYear), -Infinity) + 1;
}

/** The seed year's EHCP population by cell: the second census of the last year's transitions. */
export function initialPopulation(space: StateSpace, transitions: readonly Transition[]): Int32Array {
  const lastYear = seedYearOf(transitions) - 1;
  const population = new Int32Array(space.cellCount);
  for (const t of transitions) {
    if (t.calendarYear !== lastYear || t.setting2 === NONSEND) continue;
    const cell = cellOf(space, t.ncy2, stateOf(space, t.need2, t.setting2));
    population[cell] = (population[cell] as number) + 1;
  }
  return population;
}
