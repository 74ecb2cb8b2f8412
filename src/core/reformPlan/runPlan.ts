import { runForecast, type Forecast } from '../forecast/forecast';
import type { ForecastOptions } from '../forecast/forecastOptions';
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
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, (a[k] ?? 0) - (b[k] ?? 0)]),
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

/**
 * Runs the unmitigated and mitigated forecasts and every mitigation's effect (sequential in the plan's
 * order, and alone). Money-only mitigations need no forecast: their saving is their amounts.
 */
export function runReformPlan(input: PlanRunInput): PlanRun {
  const { inputs, options, mitigations, simulations, streamOf } = input;
  const withForecast = mitigations.filter((m) => (m.changes?.length ?? 0) > 0);
  // The first forecast mitigation's sequential run is its run alone, so it is not run twice.
  const total = 1 + withForecast.length + Math.max(0, withForecast.length - 1);
  let done = 0;
  const base = options.scenario?.changes ?? [];
  const run = (changes: readonly ScenarioChange[]): YearMeans[] => {
    const scenario =
      changes.length > 0 ? { name: 'reform plan', changes: [...base, ...changes] } : options.scenario;
    const forecast = runForecast(
      inputs,
      { ...options, ...(scenario ? { scenario } : {}) },
      simulations,
      streamOf,
    );
    done += 1;
    input.onProgress?.(done, total);
    return means(forecast);
  };
  const unmitigated = run([]);
  const projected = unmitigated.map((y) => y.census);
  const phased = new Map(mitigations.map((m) => [m.id, phasedChanges(m, projected)]));
  let before = unmitigated;
  let applied: ScenarioChange[] = [];
  const sequential = new Map<string, YearEffect[]>();
  for (const m of mitigations) {
    const changes = phased.get(m.id)!;
    const after = changes.length > 0 ? run((applied = [...applied, ...changes])) : before;
    sequential.set(m.id, effect(after, before, m.amounts));
    before = after;
  }
  const mitigated = before;
  const effects = mitigations.map((m) => {
    const changes = phased.get(m.id)!;
    const own = sequential.get(m.id)!;
    const alone =
      changes.length === 0 || m.id === withForecast[0]?.id
        ? own
        : effect(run(changes), unmitigated, m.amounts);
    return { id: m.id, name: m.name, workstream: m.workstream, sequential: own, alone };
  });
  return { order: mitigations.map((m) => m.id), unmitigated, mitigated, effects };
}
