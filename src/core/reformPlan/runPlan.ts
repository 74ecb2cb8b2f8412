import { runForecast, type Forecast } from '../forecast/forecast';
import type { ForecastOptions } from '../forecast/forecastOptions';
import { estimateParameters } from '../forecast/modelParameters';
import type { Rng } from '../forecast/rng';
import type { ScenarioChange } from '../forecast/scenario';
import type { WitanInputs } from '../forecast/witanInputs';
import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import { financialYearOfCensusYear, phasedChanges, type Mitigation } from './mitigation';

// Running a reform plan: the unmitigated forecast (the baseline, plus any scenario the council's options
// carry) and the mitigated one on the same seed, so simulation i of every run draws from the same random
// stream and differences are the mitigations', not chance's. Each mitigation's own effect is measured
// twice: added one at a time in the plan's order (sequential: the effects add up exactly to mitigated
// minus unmitigated, but depend on the order), and alone against the unmitigated forecast (independent of
// order; the sum of effects alone differs from the total by how much the mitigations overlap).

/** The breakdowns an effect is reported in. */
export const breakdowns = ['byPlacementCategory', 'byAgeGroup', 'byNeed'] as const;
export type Breakdown = (typeof breakdowns)[number];

/** Mean figures of one forecast for one projected census year. */
export interface YearMeans {
  census: number;
  financialYear: FinancialYear;
  ehcps: number;
  bySetting: Record<string, number>;
  byPlacementCategory: Record<string, number>;
  byAgeGroup: Record<string, number>;
  byNeed: Record<string, number>;
  /** Mean cost of the year's EHCPs, whole pence: the demand of the financial year the census ends. */
  cost: Pence;
}

/** One mitigation's effect in one projected year: figures are this run minus the one before (fewer is negative). */
export interface YearEffect {
  census: number;
  financialYear: FinancialYear;
  ehcps: number;
  byPlacementCategory: Record<string, number>;
  byAgeGroup: Record<string, number>;
  byNeed: Record<string, number>;
  /** Placements in a different setting: half the sum of the absolute changes by setting. */
  placementsMoved: number;
  /** The saving (before minus after; positive saves), whole pence, forecast and money-only together. */
  saving: Pence;
}

/** A mitigation's effect, sequential and alone. */
export interface MitigationEffect {
  id: string;
  name: string;
  workstream: string;
  sequential: YearEffect[];
  alone: YearEffect[];
}

/** The result of running a plan. */
export interface PlanRun {
  /** The order the sequential effects were measured in (the plan's stated order). */
  order: string[];
  unmitigated: YearMeans[];
  mitigated: YearMeans[];
  effects: MitigationEffect[];
}

/** What a plan run needs; `streamOf` gives simulation i its random stream (the same for every run). */
export interface PlanRunInput {
  inputs: WitanInputs;
  options: ForecastOptions;
  mitigations: readonly Mitigation[];
  simulations: number;
  streamOf: (simulation: number) => Rng;
  /** Called after each forecast with (forecasts done, forecasts in all). */
  onProgress?: (done: number, total: number) => void;
}

const meanOf = (forecast: Forecast, y: number, group: string): Record<string, number> => {
  const byKey = forecast.years[y]!.groups[group as keyof Forecast['years'][number]['groups']];
  return Object.fromEntries(Object.entries(byKey).map(([k, s]) => [k, s.mean]));
};

function means(forecast: Forecast): YearMeans[] {
  return forecast.years.slice(1).map((year, i) => ({
    census: year.year,
    financialYear: financialYearOfCensusYear(year.year),
    ehcps: meanOf(forecast, i + 1, 'total').total ?? 0,
    bySetting: meanOf(forecast, i + 1, 'bySetting'),
    byPlacementCategory: meanOf(forecast, i + 1, 'byPlacementCategory'),
    byAgeGroup: meanOf(forecast, i + 1, 'byAgeGroup'),
    byNeed: meanOf(forecast, i + 1, 'byNeed'),
    cost: Math.round(meanOf(forecast, i + 1, 'costPence').total ?? 0),
  }));
}

const minus = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(
    // Keys in sorted order, so sums over them do not hang on the order a store gave the objects' keys.
    [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().map((k) => [k, (a[k] ?? 0) - (b[k] ?? 0)]),
  );

function effect(after: YearMeans[], before: YearMeans[], money: Mitigation['amounts']): YearEffect[] {
  return after.map((a, i) => {
    const b = before[i]!;
    const moved = Object.values(minus(a.bySetting, b.bySetting)).reduce((s, d) => s + Math.abs(d), 0) / 2;
    return {
      census: a.census,
      financialYear: a.financialYear,
      ehcps: a.ehcps - b.ehcps,
      byPlacementCategory: minus(a.byPlacementCategory, b.byPlacementCategory),
      byAgeGroup: minus(a.byAgeGroup, b.byAgeGroup),
      byNeed: minus(a.byNeed, b.byNeed),
      placementsMoved: moved,
      saving: b.cost - a.cost + (money?.[a.financialYear] ?? 0),
    };
  });
}

/** One forecast a plan run needs: `key` is 'unmitigated', 'sequential:<id>' or 'alone:<id>'. */
export interface PlanForecast {
  key: string;
  /** The mitigations' phased changes, added to the options' own scenario (planForecastOptions). */
  changes: ScenarioChange[];
}

/**
 * The forecasts a plan run needs, in the order they are run: the unmitigated one, each forecast
 * mitigation added in the plan's order, then each alone (but the first, whose sequential run is its run
 * alone). Money-only mitigations need none. `projected` are the census years the forecast projects.
 */
export function planForecasts(
  mitigations: readonly Mitigation[],
  projected: readonly number[],
): PlanForecast[] {
  const out: PlanForecast[] = [{ key: 'unmitigated', changes: [] }];
  let applied: ScenarioChange[] = [];
  const alone: PlanForecast[] = [];
  for (const m of mitigations) {
    const changes = phasedChanges(m, projected);
    if (changes.length === 0) continue;
    applied = [...applied, ...changes];
    out.push({ key: `sequential:${m.id}`, changes: applied });
    if (out.length > 2) alone.push({ key: `alone:${m.id}`, changes });
  }
  return [...out, ...alone];
}

/** The options one of a plan's forecasts runs with: the plan's changes after the options' own scenario. */
export function planForecastOptions(
  options: ForecastOptions,
  changes: readonly ScenarioChange[],
): ForecastOptions {
  if (changes.length === 0) return options;
  const base = options.scenario?.changes ?? [];
  return { ...options, scenario: { name: 'reform plan', changes: [...base, ...changes] } };
}

/** The mean figures of a forecast, year by year after the seed year (what a plan keeps of each forecast). */
export const forecastMeans = means;

/**
 * Puts a plan run together from its forecasts' means (by planForecasts' keys): each mitigation's effect
 * sequential (against the forecast before it in the plan's order) and alone (against the unmitigated).
 */
export function assemblePlanRun(
  mitigations: readonly Mitigation[],
  meansOf: ReadonlyMap<string, YearMeans[]>,
): PlanRun {
  const get = (key: string) => {
    const found = meansOf.get(key);
    if (!found) throw new RangeError(`the plan run has no forecast '${key}'`);
    return found;
  };
  const unmitigated = get('unmitigated');
  let before = unmitigated;
  let first: string | undefined;
  const effects = mitigations.map((m): MitigationEffect => {
    const withForecast = meansOf.has(`sequential:${m.id}`);
    const after = withForecast ? get(`sequential:${m.id}`) : before;
    const sequential = effect(after, before, m.amounts);
    before = after;
    if (withForecast && first === undefined) first = m.id;
    const alone =
      !withForecast || m.id === first ? sequential : effect(get(`alone:${m.id}`), unmitigated, m.amounts);
    return { id: m.id, name: m.name, workstream: m.workstream, sequential, alone };
  });
  return { order: mitigations.map((m) => m.id), unmitigated, mitigated: before, effects };
}

/**
 * Runs the unmitigated and mitigated forecasts and every mitigation's effect (sequential in the plan's
 * order, and alone), here and now (the services run a stored plan's forecasts as jobs). Money-only
 * mitigations need no forecast: their saving is their amounts.
 */
export function runReformPlan(input: PlanRunInput): PlanRun {
  const { inputs, options, mitigations, simulations, streamOf } = input;
  const projected = estimateParameters(inputs, options).projectionYears;
  const forecasts = planForecasts(mitigations, projected);
  const meansOf = new Map<string, YearMeans[]>();
  forecasts.forEach((f, i) => {
    const forecast = runForecast(inputs, planForecastOptions(options, f.changes), simulations, streamOf);
    meansOf.set(f.key, means(forecast));
    input.onProgress?.(i + 1, forecasts.length);
  });
  return assemblePlanRun(mitigations, meansOf);
}
