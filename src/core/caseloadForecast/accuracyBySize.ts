import type { ForecastPoint } from './backtestCouncil';
import type { CaseloadSeriesId } from './caseloadHistory';
import { median } from './growth';
import { scoredCouncils, type ScoredPoint } from './scoredCouncils';
import type { CouncilBacktest } from './backtestCouncil';

// Small councils are harder to forecast: one child is a larger share of a small caseload, and a single
// new special school moves it. So the scorecard splits each origin's councils into thirds by their
// plans at the origin and reports each third's accuracy, pooled over the origins asked for.

/** The three size groups: thirds of the councils scored at each origin, by plans at the origin. */
export const sizeGroups = ['smallest third', 'middle third', 'largest third'] as const;
/** One size group. */
export type SizeGroup = (typeof sizeGroups)[number];

/** A method's accuracy in one size group at one horizon, pooled over origins. */
export interface SizeAccuracy {
  group: SizeGroup;
  h: number;
  method: string;
  /** Council-origins scored. */
  n: number;
  medianApe: number | null;
  /** The median plans at the origin of the group's council-years (the thirds move as caseloads grow). */
  medianPlans: number;
}

/** Plans at an origin per council (from the published series). */
export type PlansAtOrigin = (council: string, origin: number) => number | undefined;

const ape = (p: ForecastPoint) => Math.abs(p.forecast / (p.actual ?? NaN) - 1) * 100;

/** Each method's median APE by council size, pooled over `origins`, for horizons 1..horizon. */
export function accuracyBySize(
  results: readonly CouncilBacktest[],
  origins: readonly number[],
  horizon: (origin: number) => number,
  methods: readonly string[],
  plansAt: PlansAtOrigin,
  series: CaseloadSeriesId = 'total',
): SizeAccuracy[] {
  const pooled = new Map<string, { apes: number[]; plans: number[] }>();
  for (const origin of origins) {
    const sets = scoredCouncils(results, origin, horizon(origin), series);
    for (let h = 1; h <= horizon(origin); h += 1) {
      const first = sets.points.get(`${methods[0] ?? ''}|${String(h)}`) ?? [];
      const sizes = first
        .map((s) => ({ council: s.council, plans: plansAt(s.council, origin) ?? NaN }))
        .filter((s) => Number.isFinite(s.plans))
        .sort((a, b) => a.plans - b.plans);
      const groupOf = new Map(
        sizes.map((s, i) => [s.council, Math.min(2, Math.floor((i * 3) / sizes.length))]),
      );
      for (const method of methods) {
        for (const s of sets.points.get(`${method}|${String(h)}`) ?? ([] as ScoredPoint[])) {
          const g = groupOf.get(s.council);
          if (g === undefined) continue;
          const k = `${String(g)}|${String(h)}|${method}`;
          const entry = pooled.get(k) ?? { apes: [], plans: [] };
          entry.apes.push(ape(s.point));
          entry.plans.push(plansAt(s.council, origin) ?? NaN);
          pooled.set(k, entry);
        }
      }
    }
  }
  const out: SizeAccuracy[] = [];
  for (const [k, { apes, plans }] of pooled) {
    const [g = '0', h = '1', method = ''] = k.split('|');
    out.push({
      group: sizeGroups[Number(g)] ?? 'middle third',
      h: Number(h),
      method,
      n: apes.length,
      medianApe: apes.length === 0 ? null : Math.round(median(apes) * 100) / 100,
      medianPlans: Math.round(median(plans)),
    });
  }
  return out.sort(
    (a, b) =>
      a.h - b.h ||
      sizeGroups.indexOf(a.group) - sizeGroups.indexOf(b.group) ||
      methods.indexOf(a.method) - methods.indexOf(b.method),
  );
}
