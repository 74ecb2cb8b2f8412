import { MissingPopulationError, type BackgroundPopulationTable } from './backgroundPopulation';
import type { BetaTable } from './cellBetas';
import type { JoinerPopulationYear, JoinerWeighting } from './forecastOptions';
import type { StateSpace } from './stateSpace';
import type { TransitionCounts } from './transitionCounts';

// Joining probability per NCY, relative to the background population (MODEL-NOTES §1.3 d). witan.send
// spreads each year's joiners and non-joiners over the K years (so the Beta carries the weight of one
// average year, not of all of them), and gives a year with no joiners 0.001 instead of 0.

const NO_JOINERS_PSEUDO_COUNT = 0.001;

/** The population year a transition's joiners are measured against. */
export function joinerPopulationYearOf(transitionYear: number, choice: JoinerPopulationYear): number {
  return choice === 'census' ? transitionYear + 1 : transitionYear;
}

/** Joiner Beta per NCY (indexed ncy - ncyMin), for the given NCYs; NaN elsewhere. */
export function joinerBetas(
  space: StateSpace,
  counts: TransitionCounts,
  population: BackgroundPopulationTable,
  ncys: readonly number[],
  populationYear: JoinerPopulationYear,
  yearWeights?: ReadonlyMap<number, number>,
): BetaTable {
  const alpha = new Float64Array(space.ncyCount).fill(Number.NaN);
  const beta = new Float64Array(space.ncyCount).fill(Number.NaN);
  const years = counts.years.length;
  for (const ncy of ncys) {
    let a = 0;
    let b = 0;
    for (const year of counts.years) {
      const joined = counts.joinersByYear.get(year)?.[ncy - space.ncyMin] ?? 0;
      const populationYearUsed = joinerPopulationYearOf(year, populationYear);
      const people = population.get(populationYearUsed, ncy);
      if (people === undefined)
        throw new MissingPopulationError(populationYearUsed, ncy, `for joiner rates of ${year} transitions`);
      if (yearWeights) {
        // Weighted: each year counts by its share v of the weights (equal weights would give v = 1/K).
        const v = yearWeights.get(year) as number;
        a += joined > 0 ? joined * v : NO_JOINERS_PSEUDO_COUNT * years * v;
        b += (people - joined) * v;
      } else if (joined > 0) {
        a += joined / years;
        b += (people - joined) / years;
      } else {
        a += NO_JOINERS_PSEUDO_COUNT;
        b += people / years;
      }
    }
    alpha[ncy - space.ncyMin] = a;
    beta[ncy - space.ncyMin] = b;
  }
  return { alpha, beta };
}

/**
 * Recency weights of the transition years, as shares adding up to 1: a year's weight halves every
 * `halfLife` years back from the last year (Q5). Undefined for equal weights (witan.send's rule).
 */
export function recencyWeights(
  years: readonly number[],
  weighting: JoinerWeighting,
  halfLife: number,
): ReadonlyMap<number, number> | undefined {
  if (weighting === 'equal' || years.length === 0) return undefined;
  const last = Math.max(...years);
  const raw = years.map((year) => 0.5 ** ((last - year) / halfLife));
  const total = raw.reduce((sum, w) => sum + w, 0);
  return new Map(years.map((year, i) => [year, (raw[i] as number) / total]));
}

/**
 * The joiner trend (Q5): the all-NCY joining rate of each transition year (joiners over background
 * population), fitted log-linearly by (weighted) least squares against the year and carried forward.
 * The joiner Betas are centred on the pooled rate Σ v·j / Σ v·p, so projected census year C (the end of
 * transition year C - 1) gets the factor fitted rate(C - 1) / pooled rate. Needs two years or more.
 */
export function joinerTrendFactors(
  space: StateSpace,
  counts: TransitionCounts,
  population: BackgroundPopulationTable,
  ncys: readonly number[],
  populationYear: JoinerPopulationYear,
  yearWeights: ReadonlyMap<number, number> | undefined,
  projectionYears: readonly number[],
): { factors: number[]; slope: number } | undefined {
  const points: Array<{ year: number; joined: number; people: number; weight: number }> = [];
  for (const year of counts.years) {
    let joined = 0;
    let people = 0;
    const byNcy = counts.joinersByYear.get(year);
    for (const ncy of ncys) {
      joined += byNcy?.[ncy - space.ncyMin] ?? 0;
      people += population.get(joinerPopulationYearOf(year, populationYear), ncy) ?? 0;
    }
    if (joined > 0 && people > 0) points.push({ year, joined, people, weight: yearWeights?.get(year) ?? 1 });
  }
  if (points.length < 2) return undefined;
  const w = points.reduce((sum, p) => sum + p.weight, 0);
  const logRate = (p: (typeof points)[number]) => Math.log(p.joined / p.people);
  const meanYear = points.reduce((sum, p) => sum + p.weight * p.year, 0) / w;
  const meanLog = points.reduce((sum, p) => sum + p.weight * logRate(p), 0) / w;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += p.weight * (p.year - meanYear) * (logRate(p) - meanLog);
    sxx += p.weight * (p.year - meanYear) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const pooled =
    points.reduce((sum, p) => sum + p.weight * p.joined, 0) /
    points.reduce((sum, p) => sum + p.weight * p.people, 0);
  const fitted = (year: number) => Math.exp(meanLog + slope * (year - meanYear));
  return { factors: projectionYears.map((year) => fitted(year - 1) / pooled), slope };
}
