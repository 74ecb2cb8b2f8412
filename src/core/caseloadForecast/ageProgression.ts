import { ageBands, type AgeBand } from '../benchmark/ageBands';
import type { KnownRun } from './caseloadHistory';
import { mean } from './growth';
import { dampedSteps } from './seriesMethods';

// The age-group progression model: each year a share of every age band moves up into the next band
// (one year of a band's width, assuming plans spread evenly over its ages), and what is left over is a
// net flow of new plans less ceased ones. That flow is measured as a ratio, the "progression ratio":
//
//   expected(b, t+1) = N(b, t) * (1 - 1/width(b)) + N(b-1, t) / width(b-1)
//   ratio(b, t)      = N(b, t+1) / expected(b, t+1)
//
// The model carries each band's recent mean log ratio forward, damped as the trend is. The under 5s
// have no band below, so their ratio is their own growth. It sees a large cohort of 11 to 15s becoming
// 16 to 19s, which a trend on the total cannot.

/** Years of age each band spans (under 5 counts from birth; plans under 2 are rare but exist). */
export const bandWidths: Record<AgeBand, number> = {
  under5: 5,
  '5to10': 6,
  '11to15': 5,
  '16to19': 4,
  '20to25': 6,
};

/** Parameters of the age-group progression model. */
export interface ProgressionParameters {
  /** How many recent years of ratios to average. */
  years: number;
  /** Damping of the log ratios, as in the damped trend (1: none). */
  phi: number;
}

function expected(counts: Record<AgeBand, number>, band: AgeBand): number {
  const i = ageBands.indexOf(band);
  if (i === 0) return counts[band];
  const younger = ageBands[i - 1] as AgeBand;
  return counts[band] * (1 - 1 / bandWidths[band]) + counts[younger] / bandWidths[younger];
}

const countsAt = (runs: Record<AgeBand, KnownRun>, index: number) =>
  Object.fromEntries(ageBands.map((b) => [b, runs[b].values[index] ?? NaN])) as Record<AgeBand, number>;

/**
 * The five bands forecast for horizons 1..h, or undefined unless every band has the same run of at
 * least years+1 known years ending at the origin.
 */
export function ageProgressionForecast(
  runs: Record<AgeBand, KnownRun>,
  horizon: number,
  p: ProgressionParameters,
): Record<AgeBand, number[]> | undefined {
  const n = Math.min(...ageBands.map((b) => runs[b].values.length));
  if (n < p.years + 1) return undefined;
  // Align the runs on their last n years (they all end at the origin).
  const aligned = Object.fromEntries(
    ageBands.map((b) => [b, { years: runs[b].years.slice(-n), values: runs[b].values.slice(-n) }]),
  ) as Record<AgeBand, KnownRun>;
  const logRatio = {} as Record<AgeBand, number>;
  for (const band of ageBands) {
    const ratios: number[] = [];
    for (let t = n - 1 - p.years; t < n - 1; t += 1) {
      ratios.push(Math.log((aligned[band].values[t + 1] ?? NaN) / expected(countsAt(aligned, t), band)));
    }
    logRatio[band] = mean(ratios);
  }
  const out = Object.fromEntries(ageBands.map((b) => [b, [] as number[]])) as Record<AgeBand, number[]>;
  let counts = countsAt(aligned, n - 1);
  for (let h = 1; h <= horizon; h += 1) {
    // The ratio applied in year h is the damped share of the trend for that year: phi^h.
    const step = dampedSteps(p.phi, h) - dampedSteps(p.phi, h - 1);
    const next = {} as Record<AgeBand, number>;
    for (const band of ageBands) next[band] = expected(counts, band) * Math.exp(logRatio[band] * step);
    for (const band of ageBands) out[band].push(next[band]);
    counts = next;
  }
  return out;
}
