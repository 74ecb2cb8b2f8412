import { addTo, destinationTableOf, type DestinationTable } from './destinationTable';
import type { JoinerFallback } from './forecastOptions';
import type { StateSpace } from './stateSpace';
import type { TransitionCounts } from './transitionCounts';

// Where joiners go (MODEL-NOTES §1.3 e): a Dirichlet per NCY over (need, setting), 1/|valid states| each
// plus every observed joiner (not divided by the number of years).

/**
 * Joiner destination Dirichlets per NCY (indexed ncy - ncyMin).
 * - `witan`: only NCYs with observed joiners get one, and joiners observed into invalid cells keep their alpha.
 * - `valid-only`: observed joiners into invalid cells are left out; with fallback `pooled`, an NCY without
 *   observed joiners gets 1/|valid states| plus the shares of all NCYs' joiners among its valid states.
 */
export function joinerDestinations(
  space: StateSpace,
  counts: TransitionCounts,
  ncys: readonly number[],
  observedInto: 'witan' | 'valid-only',
  fallback: JoinerFallback,
): DestinationTable {
  const { stateCount } = space;
  const pooled = new Float64Array(stateCount);
  for (let cell = 0; cell < space.cellCount; cell += 1)
    pooled[cell % stateCount] = (pooled[cell % stateCount] as number) + (counts.joiners[cell] as number);
  const wanted = new Set(ncys);
  return destinationTableOf(space.ncyCount, (ncyIndex) => {
    if (!wanted.has(space.ncyMin + ncyIndex)) return undefined;
    const base = ncyIndex * stateCount;
    const valid: number[] = [];
    for (let state = 0; state < stateCount; state += 1)
      if (space.validCell[base + state] === 1) valid.push(state);
    const observed = counts.joiners.subarray(base, base + stateCount);
    const anyObserved = observed.some((count) => count > 0);
    if (!anyObserved && fallback === 'none') return undefined;
    const alphas = new Map<number, number>();
    for (const state of valid) alphas.set(state, 1.0 / valid.length);
    if (anyObserved) {
      for (let state = 0; state < stateCount; state += 1) {
        const joined = observed[state] as number;
        if (joined > 0 && (observedInto === 'witan' || alphas.has(state))) addTo(alphas, state, joined);
      }
    } else {
      let pooledValid = 0;
      for (const state of valid) pooledValid += pooled[state] as number;
      for (const state of valid)
        if (pooledValid > 0) addTo(alphas, state, (pooled[state] as number) / pooledValid);
    }
    return alphas.size > 0 ? alphas : undefined;
  });
}
