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

/** Draws where `n` pupils of an owner go, into a count array aligned with the destination table. */
export class DestinationSource {
  private readonly scratch: Float64Array;
  private readonly heldProbabilities: Float64Array;
  private readonly held: Uint8Array;
  /** Counts drawn, aligned with the table's entries; the caller moves them out and zeroes them. */
  readonly counts: Int32Array;

  constructor(
    readonly table: DestinationTable,
    private readonly draws: RateDraws,
  ) {
    this.scratch = new Float64Array(table.alpha.length);
    this.heldProbabilities = new Float64Array(draws === 'per-simulation' ? table.alpha.length : 0);
    this.held = new Uint8Array(table.start.length);
    this.counts = new Int32Array(table.alpha.length);
  }

  /** Forgets held probabilities: the next simulation draws its own. */
  startSimulation(): void {
    if (this.draws === 'per-simulation') this.held.fill(0);
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
    if (this.held[owner] !== 1) {
      dirichletInto(rng, this.table.alpha, from, to, this.heldProbabilities);
      this.held[owner] = 1;
    }
    multinomialInto(rng, n, this.heldProbabilities, from, to, this.counts);
  }
}
