// Dirichlet parameters for "where do they go" (movers by start cell, joiners by NCY), stored as one
// compressed table: owner i's destinations are entries start[i] .. start[i + 1] - 1.

/** Destination states and Dirichlet alphas per owner (a cell for movers, an NCY for joiners). */
export interface DestinationTable {
  readonly start: Int32Array;
  readonly state: Int32Array;
  readonly alpha: Float64Array;
}

/** Builds a table from each owner's destination state -> alpha map (owners without a map have no distribution). */
export function destinationTableOf(
  owners: number,
  alphasOf: (owner: number) => ReadonlyMap<number, number> | undefined,
): DestinationTable {
  const perOwner: Array<ReadonlyMap<number, number> | undefined> = [];
  let size = 0;
  for (let owner = 0; owner < owners; owner += 1) {
    const alphas = alphasOf(owner);
    perOwner.push(alphas);
    size += alphas?.size ?? 0;
  }
  const start = new Int32Array(owners + 1);
  const state = new Int32Array(size);
  const alpha = new Float64Array(size);
  let next = 0;
  for (let owner = 0; owner < owners; owner += 1) {
    start[owner] = next;
    for (const [destination, value] of perOwner[owner] ?? []) {
      state[next] = destination;
      alpha[next] = value;
      next += 1;
    }
  }
  start[owners] = next;
  return { start, state, alpha };
}

/** Adds `amount` to a map entry, creating it at 0. */
export function addTo<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}
