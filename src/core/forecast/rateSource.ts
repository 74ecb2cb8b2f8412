import { betaVariate } from './beta';
import { betaBinomialVariate } from './betaBinomial';
import { binomialVariate } from './binomial';
import type { BetaTable } from './cellBetas';
import type { DestinationTable } from './destinationTable';
import { dirichletInto, dirichletMultinomialInto, multinomialInto } from './dirichletMultinomial';
import type { RateDraws } from './forecastOptions';
import type { Rng } from './rng';

// How a count is drawn from a Beta or Dirichlet parameter: witan.send draws the rate afresh each time
// (a Beta-binomial / Dirichlet-multinomial); with per-simulation draws the rate is drawn the first time
// a simulation needs it and then held, so the count is a plain binomial / multinomial.

/** Draws how many of `n` pupils of an owner (cell or NCY) leave, move or join. */
export class BetaCountSource {
  private readonly heldRate: Float64Array;

  constructor(
    private readonly table: BetaTable,
    private readonly draws: RateDraws,
  ) {
    this.heldRate = new Float64Array(table.alpha.length);
    this.startSimulation();
  }

  /** Forgets held rates: the next simulation draws its own. */
  startSimulation(): void {
    if (this.draws === 'per-simulation') this.heldRate.fill(Number.NaN);
  }

  /** Whether the owner has a Beta with both parameters positive (witan.send skips any other). */
  has(owner: number): boolean {
    return (this.table.alpha[owner] as number) > 0 && (this.table.beta[owner] as number) > 0;
  }

  /**
   * How many of n succeed (the caller has checked `has`). A scenario's `factor` multiplies the drawn
   * rate (capped at 1); with factor 1 the draw is exactly the baseline's.
   */
  draw(rng: Rng, owner: number, n: number, factor = 1): number {
    if (n <= 0 || factor <= 0) return 0;
    const alpha = this.table.alpha[owner] as number;
    const beta = this.table.beta[owner] as number;
    if (this.draws === 'per-cohort-year') {
      if (factor === 1) return betaBinomialVariate(rng, n, alpha, beta);
      return binomialVariate(rng, n, Math.min(1, factor * betaVariate(rng, alpha, beta)));
    }
    let rate = this.heldRate[owner] as number;
    if (Number.isNaN(rate)) this.heldRate[owner] = rate = betaVariate(rng, alpha, beta);
    return binomialVariate(rng, n, factor === 1 ? rate : Math.min(1, factor * rate));
  }
}

/**
 * Draws where `n` pupils of an owner go, into a count array aligned with the destination table.
 *
 * With per-simulation draws the destination probabilities p ~ Dirichlet(alpha) are held for the whole
 * simulation. Drawing p for every owner the first time it has a mover costs one gamma per destination,
 * which dominated such runs; instead, while an owner has had few pupils this simulation, each pupil is
 * drawn from the Pólya urn (alpha + pupils so far), which is exactly the distribution of successive
 * draws from one held p (de Finetti); when a large count comes, p is drawn from its posterior
 * Dirichlet(alpha + pupils so far) and held from then on. Both steps are exact.
 */
export class DestinationSource {
  private readonly scratch: Float64Array;
  private readonly heldProbabilities: Float64Array;
  private readonly held: Uint8Array;
  /** Per-simulation draws: pupils drawn so far this simulation, per entry, while the owner is in urn mode. */
  private readonly urn: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** Counts drawn, aligned with the table's entries; the caller moves them out and zeroes them. */
  readonly counts: Int32Array;

  constructor(
    readonly table: DestinationTable,
    private readonly draws: RateDraws,
  ) {
    const perSimulation = draws === 'per-simulation';
    this.scratch = new Float64Array(table.alpha.length);
    this.heldProbabilities = new Float64Array(perSimulation ? table.alpha.length : 0);
    this.held = new Uint8Array(table.start.length);
    this.urn = new Float64Array(perSimulation ? table.alpha.length : 0);
    this.touched = new Int32Array(perSimulation ? table.start.length : 0);
    this.counts = new Int32Array(table.alpha.length);
  }

  /** Forgets held probabilities: the next simulation draws its own. */
  startSimulation(): void {
    if (this.draws !== 'per-simulation') return;
    for (let k = 0; k < this.touchedCount; k += 1) {
      const owner = this.touched[k] as number;
      this.held[owner] = 0;
      this.urn.fill(0, this.table.start[owner], this.table.start[owner + 1]);
    }
    this.touchedCount = 0;
  }

  /** Whether the owner has any destination. */
  has(owner: number): boolean {
    return (this.table.start[owner + 1] as number) > (this.table.start[owner] as number);
  }

  /** Adds n pupils' destinations to `counts[start(owner) .. start(owner + 1))`. */
  draw(rng: Rng, owner: number, n: number): void {
    if (n <= 0) return;
    const from = this.table.start[owner] as number;
    const to = this.table.start[owner + 1] as number;
    if (this.draws === 'per-cohort-year') {
      dirichletMultinomialInto(rng, n, this.table.alpha, from, to, this.counts, this.scratch);
      return;
    }
    const state = this.held[owner] as number;
    if (state === 0) {
      this.held[owner] = 2;
      this.touched[this.touchedCount++] = owner;
    }
    if (state !== 1 && n <= to - from) {
      this.urnDraws(rng, from, to, n);
      return;
    }
    if (state !== 1) {
      for (let i = from; i < to; i += 1)
        this.scratch[i] = (this.table.alpha[i] as number) + (this.urn[i] as number);
      dirichletInto(rng, this.scratch, from, to, this.heldProbabilities);
      this.held[owner] = 1;
    }
    multinomialInto(rng, n, this.heldProbabilities, from, to, this.counts);
  }

  /** n pupils from the owner's urn: weights alpha + pupils drawn so far this simulation. */
  private urnDraws(rng: Rng, from: number, to: number, n: number): void {
    const { alpha } = this.table;
    let total = 0;
    for (let i = from; i < to; i += 1) total += (alpha[i] as number) + (this.urn[i] as number);
    for (let draw = 0; draw < n; draw += 1) {
      let target = rng.uniform() * total;
      let chosen = to - 1;
      while (chosen > from && (alpha[chosen] as number) + (this.urn[chosen] as number) === 0) chosen -= 1;
      for (let i = from; i < to; i += 1) {
        target -= (alpha[i] as number) + (this.urn[i] as number);
        if (target < 0) {
          chosen = i;
          break;
        }
      }
      this.urn[chosen] = (this.urn[chosen] as number) + 1;
      this.counts[chosen] = (this.counts[chosen] as number) + 1;
      total += 1;
    }
  }
}
