import type { Figure, MissingReason } from './figure';
import type { SeriesStore } from './measure';

/** One figure as plain data: a number, or null with a reason. */
export interface StoredFigure {
  series: string;
  area: string;
  period: string;
  value: number | null;
  missing?: MissingReason | null;
}

/** A SeriesStore over figures in memory (later figures for the same key win, as later editions do). */
export function memorySeriesStore(figures: readonly StoredFigure[]): SeriesStore {
  const byKey = new Map<string, Figure>();
  const periods = new Map<string, Set<string>>();
  for (const f of figures) {
    byKey.set(
      `${f.series}|${f.area}|${f.period}`,
      f.value === null ? { value: null, missing: f.missing ?? 'absent' } : { value: f.value },
    );
    periods.set(f.series, (periods.get(f.series) ?? new Set()).add(f.period));
  }
  return {
    get: (series, area, period) => byKey.get(`${series}|${area}|${period}`),
    periods: (series) => [...(periods.get(series) ?? [])].sort(),
  };
}
