import { addTo, destinationTableOf, type DestinationTable } from './destinationTable';
import type { StateSpace } from './stateSpace';
import type { TransitionCounts } from './transitionCounts';

// Where movers go (MODEL-NOTES §1.3 c): a Dirichlet per start cell (a, need, setting) whose prior, of total
// weight 1, mixes "any allowed setting equally" with where movers of the same NCY went, keeping the need;
// the cell's own observed moves (need changes included) are added on top.

/** Movers by destination setting per NCY; an NCY without movers borrows the previous NCY's (chained). */
function moversBySettingChained(
  space: StateSpace,
  counts: TransitionCounts,
  ncys: readonly number[],
): Map<number, Float64Array> {
  const settingCount = space.settings.length;
  const byNcy = new Map<number, Float64Array>();
  for (let ncy = space.ncyMin; ncy <= space.ncyMax; ncy += 1) {
    const from = (ncy - space.ncyMin) * settingCount;
    const row = counts.moversBySettingAndNcy.subarray(from, from + settingCount);
    if (row.some((count) => count > 0)) byNcy.set(ncy, row);
  }
  for (const ncy of [...ncys].sort((a, b) => a - b)) {
    const previous = byNcy.get(ncy - 1);
    if (!byNcy.has(ncy) && previous) byNcy.set(ncy, previous);
  }
  return byNcy;
}

/**
 * Mover destination Dirichlets.
 * - `witan`: for valid cells; allowed settings are those valid at the START NCY for the need and listed as
 *   destinations, and 1/|allowed| counts the pupil's own setting before it is removed; settings movers of
 *   the NCY went to outside the allowed set keep their prior weight (so movers can land in invalid cells).
 * - `arrival`: for every cell; only destinations valid at the NCY the pupil arrives at (start + 1), own
 *   setting excluded from the start, so nobody is ever moved into a cell that is not valid.
 */
export function moverDestinations(
  space: StateSpace,
  counts: TransitionCounts,
  validity: 'witan' | 'arrival',
  ncys: readonly number[],
): DestinationTable {
  const settingCount = space.settings.length;
  const chained = moversBySettingChained(space, counts, ncys);
  return destinationTableOf(space.cellCount, (cell) => {
    if (validity === 'witan' && space.validCell[cell] !== 1) return undefined;
    const ncy = space.ncyMin + Math.floor(cell / space.stateCount);
    const state = cell % space.stateCount;
    const need = Math.floor(state / settingCount);
    const setting = state % settingCount;
    const checkedNcy = validity === 'witan' ? ncy : ncy + 1;
    if (checkedNcy > space.ncyMax) return new Map();
    const checkedBase = (checkedNcy - space.ncyMin) * space.stateCount + need * settingCount;
    const allowed: number[] = [];
    for (let to = 0; to < settingCount; to += 1) {
      const isDestination = space.destinationAllowed[setting * settingCount + to] === 1;
      if (
        isDestination &&
        space.validCell[checkedBase + to] === 1 &&
        (validity === 'witan' || to !== setting)
      )
        allowed.push(to);
    }
    const weights = new Map<number, number>();
    for (const to of allowed) weights.set(to, 1.0 / allowed.length);
    const ncyMovers = chained.get(ncy);
    for (let to = 0; ncyMovers && to < settingCount; to += 1) {
      const moved = ncyMovers[to] as number;
      if (moved > 0 && (validity === 'witan' || weights.has(to))) addTo(weights, to, moved);
    }
    weights.delete(setting);
    let total = 0;
    for (const weight of weights.values()) total += weight;
    const alphas = new Map<number, number>();
    for (const [to, weight] of weights) alphas.set(need * settingCount + to, weight / total);
    for (const [destination, moved] of counts.moverDestinations.get(cell) ?? []) {
      const arrivesValid = space.validCell[checkedBase - need * settingCount + destination] === 1;
      if (validity === 'witan' || arrivesValid) addTo(alphas, destination, moved);
    }
    return alphas;
  });
}
