import type { Rng } from './rng';

// Marsaglia and Tsang (2000), "A simple method for generating gamma variables", the method witan.send's
// kixi.stats uses; shapes below 1 use their U^(1/shape) boost. Many witan priors have tiny shapes
// (0.0017), where the boosted value underflows to 0 in linear space, so the boosted draws are returned
// as logarithms and callers normalise in log space.

/** A standard normal draw (Marsaglia's polar method; the second value is discarded to keep streams simple). */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng.uniform() - 1;
    const v = 2 * rng.uniform() - 1;
    const s = u * u + v * v;
    if (s < 1 && s > 0) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** A Gamma(shape, 1) draw for shape >= 1. */
export function gammaAtLeastOne(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** The natural logarithm of a Gamma(shape, 1) draw; finite for any shape > 0, however small. */
export function logGammaVariate(rng: Rng, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape))
    throw new RangeError(`gamma shape ${String(shape)} must be a positive number`);
  if (shape >= 1) return Math.log(gammaAtLeastOne(rng, shape));
  return Math.log(gammaAtLeastOne(rng, shape + 1)) + Math.log(rng.uniform()) / shape;
}

/** A Gamma(shape, 1) draw (may underflow to 0 for shapes far below 1: use logGammaVariate there). */
export function gammaVariate(rng: Rng, shape: number): number {
  return shape >= 1 ? gammaAtLeastOne(rng, shape) : Math.exp(logGammaVariate(rng, shape));
}
