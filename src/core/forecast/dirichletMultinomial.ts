import { binomialVariate } from './binomial';
import { logGammaVariate } from './gamma';
import type { Rng } from './rng';

// Categories are given as a slice [start, end) of shared flat arrays (one per parameter table), so the
// simulation's inner loop allocates nothing.

/** Draws probabilities p ~ Dirichlet(alphas[start..end)) into probabilities[start..end), via log-gammas. */
export function dirichletInto(
  rng: Rng,
  alphas: Float64Array,
  start: number,
  end: number,
  probabilities: Float64Array,
): void {
  let max = -Infinity;
  for (let i = start; i < end; i += 1) {
    // A category a scenario has emptied (alpha 0) gets probability 0; the baseline never has one.
    const alpha = alphas[i] as number;
    const logGamma = alpha > 0 ? logGammaVariate(rng, alpha) : -Infinity;
    probabilities[i] = logGamma;
    if (logGamma > max) max = logGamma;
  }
  // Normalising after subtracting the largest log keeps tiny shapes (whose gammas underflow) meaningful.
  let sum = 0;
  for (let i = start; i < end; i += 1) {
    const weight = Math.exp((probabilities[i] as number) - max);
    probabilities[i] = weight;
    sum += weight;
  }
  for (let i = start; i < end; i += 1) probabilities[i] = (probabilities[i] as number) / sum;
}

/** Adds a Multinomial(n, probabilities[start..end)) draw to counts[start..end) by sequential conditional binomials. */
export function multinomialInto(
  rng: Rng,
  n: number,
  probabilities: Float64Array,
  start: number,
  end: number,
  counts: Int32Array,
): void {
  if (n <= end - start) {
    // Few pupils over many categories: n categorical draws (inverse CDF) are exact and cheaper than a
    // conditional binomial per category.
    for (let draw = 0; draw < n; draw += 1) {
      let target = rng.uniform();
      let chosen = end - 1;
      while (chosen > start && (probabilities[chosen] as number) === 0) chosen -= 1;
      for (let i = start; i < end; i += 1) {
        target -= probabilities[i] as number;
        if (target < 0) {
          chosen = i;
          break;
        }
      }
      counts[chosen] = (counts[chosen] as number) + 1;
    }
    return;
  }
  let remaining = n;
  let mass = 1;
  for (let i = start; i < end && remaining > 0; i += 1) {
    const p = probabilities[i] as number;
    // The last category takes what is left, so rounding in `mass` can never lose a pupil.
    const drawn =
      i === end - 1 ? remaining : binomialVariate(rng, remaining, mass > 0 ? Math.min(1, p / mass) : 1);
    if (p === 0 && i === end - 1 && drawn > 0) {
      // Only rounding leaves pupils for an emptied last category: give them to the last one with mass.
      let k = end - 2;
      while (k > start && (probabilities[k] as number) === 0) k -= 1;
      counts[k] = (counts[k] as number) + drawn;
      return;
    }
    counts[i] = (counts[i] as number) + drawn;
    remaining -= drawn;
    mass -= p;
  }
}

// Below this many draws per category the Pólya urn beats drawing a whole Dirichlet (one gamma per
// category); both give exactly the Dirichlet-multinomial distribution.
const URN_DRAWS_PER_CATEGORY = 1;

/**
 * Adds a DirichletMultinomial(n; alphas[start..end)) draw to counts[start..end). `scratch` must be at
 * least as long as `alphas` (it holds probabilities or urn counts).
 */
export function dirichletMultinomialInto(
  rng: Rng,
  n: number,
  alphas: Float64Array,
  start: number,
  end: number,
  counts: Int32Array,
  scratch: Float64Array,
): void {
  if (n <= 0) return;
  if (end <= start) throw new RangeError('a Dirichlet-multinomial needs at least one category');
  if (n <= URN_DRAWS_PER_CATEGORY * (end - start)) {
    let total = 0;
    for (let i = start; i < end; i += 1) {
      scratch[i] = alphas[i] as number;
      total += alphas[i] as number;
    }
    // Pólya urn: each draw picks a category with weight alpha + draws so far, then adds one to it.
    for (let draw = 0; draw < n; draw += 1) {
      let target = rng.uniform() * total;
      let chosen = end - 1;
      while (chosen > start && (scratch[chosen] as number) === 0) chosen -= 1;
      for (let i = start; i < end; i += 1) {
        target -= scratch[i] as number;
        if (target < 0) {
          chosen = i;
          break;
        }
      }
      scratch[chosen] = (scratch[chosen] as number) + 1;
      counts[chosen] = (counts[chosen] as number) + 1;
      total += 1;
    }
    return;
  }
  dirichletInto(rng, alphas, start, end, scratch);
  multinomialInto(rng, n, scratch, start, end, counts);
}
