import { betaVariate } from './beta';
import { binomialVariate } from './binomial';
import type { Rng } from './rng';

// Below this many trials the Pólya urn is cheaper than a Beta draw (two gammas) plus a binomial. Both
// give exactly the Beta-binomial distribution, so the switch changes speed, not results' distribution.
const URN_LIMIT = 16;

/** A BetaBinomial(n; alpha, beta) draw: p ~ Beta(alpha, beta), then Binomial(n, p). */
export function betaBinomialVariate(rng: Rng, n: number, alpha: number, beta: number): number {
  if (n <= 0) return 0;
  if (n <= URN_LIMIT) {
    // Pólya urn: the (i+1)th trial succeeds with probability (alpha + successes) / (alpha + beta + i).
    let successes = 0;
    const total = alpha + beta;
    for (let i = 0; i < n; i += 1) {
      if (rng.uniform() * (total + i) < alpha + successes) successes += 1;
    }
    return successes;
  }
  return binomialVariate(rng, n, betaVariate(rng, alpha, beta));
}
