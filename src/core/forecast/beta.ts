import { gammaAtLeastOne, logGammaVariate } from './gamma';
import type { Rng } from './rng';

/** A Beta(alpha, beta) draw, as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function betaVariate(rng: Rng, alpha: number, beta: number): number {
  if (alpha >= 1 && beta >= 1) {
    const x = gammaAtLeastOne(rng, alpha);
    const y = gammaAtLeastOne(rng, beta);
    return x / (x + y);
  }
  // In log space: a shape of 0.0017 makes the gamma draw underflow, and 0 / (0 + 0) is not a probability.
  const logX = logGammaVariate(rng, alpha);
  const logY = logGammaVariate(rng, beta);
  return 1 / (1 + Math.exp(logY - logX));
}
