import { MissingPopulationError, type BackgroundPopulationTable } from './backgroundPopulation';
import type { BetaTable } from './cellBetas';
import type { JoinerPopulationYear } from './forecastOptions';
import type { StateSpace } from './stateSpace';
import type { TransitionCounts } from './transitionCounts';

// Joining probability per NCY, relative to the background population (MODEL-NOTES §1.3 d). witan.send
// spreads each year's joiners and non-joiners over the K years (so the Beta carries the weight of one
// average year, not of all of them), and gives a year with no joiners 0.001 instead of 0.

const NO_JOINERS_PSEUDO_COUNT = 0.001;

/** The population year a transition's joiners are measured against. */
export function joinerPopulationYearOf(transitionYear: number, choice: JoinerPopulationYear): number {
  return choice === 'census' ? transitionYear + 1 : transitionYear;
}

/** Joiner Beta per NCY (indexed ncy - ncyMin), for the given NCYs; NaN elsewhere. */
export function joinerBetas(
  space: StateSpace,
  counts: TransitionCounts,
  population: BackgroundPopulationTable,
  ncys: readonly number[],
  populationYear: JoinerPopulationYear,
): BetaTable {
  const alpha = new Float64Array(space.ncyCount).fill(Number.NaN);
  const beta = new Float64Array(space.ncyCount).fill(Number.NaN);
  const years = counts.years.length;
  for (const ncy of ncys) {
    let a = 0;
    let b = 0;
    for (const year of counts.years) {
      const joined = counts.joinersByYear.get(year)?.[ncy - space.ncyMin] ?? 0;
      const populationYearUsed = joinerPopulationYearOf(year, populationYear);
      const people = population.get(populationYearUsed, ncy);
      if (people === undefined)
        throw new MissingPopulationError(populationYearUsed, ncy, `for joiner rates of ${year} transitions`);
      if (joined > 0) {
        a += joined / years;
        b += (people - joined) / years;
      } else {
        a += NO_JOINERS_PSEUDO_COUNT;
        b += people / years;
      }
    }
    alpha[ncy - space.ncyMin] = a;
    beta[ncy - space.ncyMin] = b;
  }
  return { alpha, beta };
}
