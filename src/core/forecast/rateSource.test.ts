import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { destinationTableOf } from './destinationTable';
import { DestinationSource } from './rateSource';
import { rngFromGenerator } from './rng';

// One owner with Dirichlet(0.5, 1.5): p0 ~ Beta(0.5, 1.5), mean 1/4, variance 1/16.
const table = destinationTableOf(
  1,
  () =>
    new Map([
      [0, 0.5],
      [1, 1.5],
    ]),
);

describe('DestinationSource with rates held per simulation', () => {
  const rng = rngFromGenerator(xoroshiro128plus(42));
  const source = new DestinationSource(table, 'per-simulation');
  const SIMULATIONS = 40_000;
  it('draws single pupils as if from one p held for the simulation (Pólya urn), then holds the posterior p', () => {
    let bothFirst = 0;
    let sum = 0;
    let squares = 0;
    for (let s = 0; s < SIMULATIONS; s += 1) {
      source.startSimulation();
      source.draw(rng, 0, 1);
      source.draw(rng, 0, 1);
      if (source.counts[0] === 2) bothFirst += 1;
      source.counts.fill(0);
      source.draw(rng, 0, 2000); // a large count: p drawn from Dirichlet(alpha + the two pupils), then held
      source.draw(rng, 0, 2000); // held: the same p
      const share = (source.counts[0] as number) / 4000;
      source.counts.fill(0);
      sum += share;
      squares += share * share;
    }
    // P(two pupils both in 0) = E[p0^2] = (0.5 * 1.5) / (2 * 3) = 1/8 (independent draws would give 1/16).
    const p = bothFirst / SIMULATIONS;
    expect(Math.abs(p - 0.125)).toBeLessThan(4 * Math.sqrt((0.125 * 0.875) / SIMULATIONS));
    // The share of 4,000 later pupils has the mean and variance of p0 itself (plus binomial noise ~ 1/4000 * 3/16).
    const mean = sum / SIMULATIONS;
    const variance = squares / SIMULATIONS - mean * mean;
    expect(Math.abs(mean - 0.25)).toBeLessThan(4 * Math.sqrt(0.0625 / SIMULATIONS));
    expect(variance).toBeGreaterThan(0.0625 * 0.95);
    expect(variance).toBeLessThan(0.0625 * 1.05 + 0.0001);
  });
});
