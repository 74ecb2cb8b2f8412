import { ageBands, type AgeBand } from '../benchmark/ageBands';
import {
  methodInputAt,
  MIN_HISTORY_YEARS,
  type CouncilBacktest,
  type ForecastPoint,
} from './backtestCouncil';
import { latestBandShares } from './methods';
import { panelArrays, type PanelArrays } from './panelArrays';
import { ENSEMBLE, pooledComponents, type PooledComponent } from './pooledMethods';
import type { PublishedPanel } from './publishedPanel';
import {
  chooseSetting,
  comparableAt,
  medianApeOf,
  selectionOrigins,
  type SettingChoice,
} from './settingSelection';

// The back-test of the pooled methods and their ensemble. Every part is run with every setting at every
// origin from the first with four years of figures, and scored where its outcome is in the data; at each
// origin asked for, each part's setting is then chosen per horizon on earlier origins only
// (settingSelection.ts), and the ensemble is the geometric mean of the parts that could forecast.

/** The setting a part used at an origin and horizon, and why (its score on the earlier origins). */
export interface PooledChoice {
  method: string;
  origin: number;
  h: number;
  setting: string;
  /** Mean over `origins` of the median APE (%) across councils. */
  score: number;
  origins: number[];
  /** The horizon the settings were scored at: h, or a shorter one while no h-year outcome was published. */
  scoredAt: number;
}

/** Every council's pooled forecasts (as the per-council back-test gives them) and the choices made. */
export interface PooledBacktest {
  results: CouncilBacktest[];
  choices: PooledChoice[];
}

/** The first census year with a caseload figure in the panel. */
function firstCensus(panel: PublishedPanel): number {
  return Math.min(...[panel.england, ...panel.councils].flatMap((m) => m.years.map((y) => y.year)));
}

/** Scores of every part and setting: score[part][setting] -> `${o}|${h}` -> median APE. */
function candidateScores(
  arrays: PanelArrays,
  components: readonly PooledComponent[],
  from: number,
  to: number,
  horizon: number,
): Map<string, number>[][] {
  const comparable = new Map<number, boolean[]>();
  for (let o = from; o <= to; o += 1) comparable.set(o, comparableAt(arrays, o, MIN_HISTORY_YEARS));
  return components.map((part) =>
    Array.from({ length: part.settings }, (_, s) => {
      const scores = new Map<string, number>();
      for (let o = from; o <= to; o += 1)
        for (let h = 1; h <= horizon && o + h <= arrays.last; h += 1) {
          const score = medianApeOf(arrays, part.forecast(arrays, o, h, s), comparable.get(o) ?? [], o + h);
          if (Number.isFinite(score)) scores.set(`${String(o)}|${String(h)}`, score);
        }
      return scores;
    }),
  );
}

/**
 * A part's setting at an origin and horizon h, chosen on its record at h; while no earlier origin's
 * outcome h years on was published, on its record at the longest shorter horizon that has one.
 */
function choosePartSetting(
  scores: readonly Map<string, number>[],
  settings: number,
  origin: number,
  h: number,
  earliest: number,
): (SettingChoice & { scoredAt: number }) | undefined {
  for (let at = h; at >= 1; at -= 1) {
    const key = (o: number) => `${String(o)}|${String(at)}`;
    const from = selectionOrigins(origin, at, earliest, (o) => scores.some((m) => m.has(key(o))));
    const choice = chooseSetting(settings, from, (s, o) => scores[s]?.get(key(o)) ?? NaN);
    if (choice) return { ...choice, scoredAt: at };
  }
  return undefined;
}

/** A council's forecast of the total and, shared out by its latest age profile, of each band. */
function forecastPoints(
  council: PublishedPanel['councils'][number],
  method: string,
  origin: number,
  h: number,
  total: number,
  shares: Record<AgeBand, number> | undefined,
): ForecastPoint[] {
  const year = origin + h;
  const published = council.years.find((y) => y.year === year);
  const actual = (v: number | null | undefined) => (v !== null && v !== undefined && v > 0 ? v : null);
  const out: ForecastPoint[] = [
    { method, series: 'total', origin, h, year, forecast: total, actual: actual(published?.total) },
  ];
  if (shares)
    for (const band of ageBands)
      out.push({
        method,
        series: band,
        origin,
        h,
        year,
        forecast: total * shares[band],
        actual: actual(published?.ages[band]),
      });
  return out;
}

const geometricMean = (values: number[]) =>
  values.length === 0 ? NaN : Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);

/**
 * Back-tests the pooled parts and the ensemble at each origin for horizons 1..horizon. The panel must
 * hold only what is to be seen: pass `publishedAt(panel, O)` to forecast as of origin O.
 */
export function pooledBacktest(
  panel: PublishedPanel,
  origins: readonly number[],
  horizon: number,
  components: readonly PooledComponent[] = pooledComponents,
): PooledBacktest {
  const arrays = panelArrays(panel);
  const earliest = firstCensus(panel) + MIN_HISTORY_YEARS - 1;
  const latest = Math.max(...origins);
  const scores = candidateScores(arrays, components, earliest, latest - 1, horizon);
  const points = new Map<string, ForecastPoint[]>(panel.councils.map((c) => [c.council, []]));
  const choices: PooledChoice[] = [];
  for (const origin of origins) {
    const comparable = comparableAt(arrays, origin, MIN_HISTORY_YEARS);
    const shares = panel.councils.map((c, i) =>
      comparable[i] ? latestBandShares(methodInputAt(c, origin)) : undefined,
    );
    for (let h = 1; h <= horizon; h += 1) {
      const parts: Float64Array[] = [];
      const add = (method: string, forecasts: Float64Array) =>
        panel.councils.forEach((c, i) => {
          const value = forecasts[i] ?? NaN;
          if (!comparable[i] || !Number.isFinite(value)) return;
          points.get(c.council)?.push(...forecastPoints(c, method, origin, h, value, shares[i]));
        });
      components.forEach((part, p) => {
        const choice = choosePartSetting(scores[p] ?? [], part.settings, origin, h, earliest);
        if (!choice) return;
        const forecasts = part.forecast(arrays, origin, h, choice.index);
        choices.push({
          method: part.id,
          origin,
          h,
          setting: part.describe(choice.index),
          score: choice.score,
          origins: choice.origins,
          scoredAt: choice.scoredAt,
        });
        parts.push(forecasts);
        add(part.id, forecasts);
      });
      add(
        ENSEMBLE,
        Float64Array.from(panel.councils, (_, i) =>
          geometricMean(parts.map((f) => f[i] ?? NaN).filter(Number.isFinite)),
        ),
      );
    }
  }
  return {
    results: panel.councils.map((c) => ({
      council: c.council,
      name: c.name,
      points: points.get(c.council) ?? [],
      skipped: [],
    })),
    choices,
  };
}
