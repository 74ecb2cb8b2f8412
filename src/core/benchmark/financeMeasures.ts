import { startYearOf } from '../periods';
import type { MeasureDefinition, SeriesStore } from './measure';
import { nearestYear } from './nearestPeriod';
import { periodsOfBenchmarkYear, s251GroupShortLabels, s251Groups, series, type S251Group } from './series';

// Financial-year measures: benchmark year 2025 is 2024-25, the year that contains the January census.
// S251 amounts are pence; spend per head is pounds per person aged 2 to 18, divided as the benchmarking
// tool does, by the ONS mid-year population of the year the financial year starts (FBIT's rule).

const financial = (year: number) => periodsOfBenchmarkYear(year).financial;

function spendPerHead(kind: 'outturn' | 'budget', group: S251Group | 'total'): MeasureDefinition {
  const seriesOf = kind === 'outturn' ? series.s251Outturn : series.s251Budget;
  const groups = group === 'total' ? s251Groups : [group];
  const what = kind === 'outturn' ? 'S251 outturn' : 'S251 budget';
  return {
    id: `hnSpendPerHead.${kind}.${group}`,
    label: `High needs £ per head of 2-18 (${what}): ${group === 'total' ? 'total' : s251GroupShortLabels[group]}`,
    topic: 'finance',
    unit: 'poundsPerHead',
    direction: 'neutral',
    grouping: 'pooled',
    periodLabel: financial,
    parts: (year: number, store: SeriesStore) => {
      const fy = financial(year);
      const population = nearestYear(store, series.population2to18, startYearOf(fy), '2-18 population');
      if (!population)
        return { unavailable: 'No 2-18 population has been imported (High Needs benchmarking table).' };
      return {
        parts: {
          pence: groups.map((g) => ({ series: seriesOf(g), period: fy })),
          population: [{ series: series.population2to18, period: population.period }],
        },
        ...(population.note ? { note: population.note } : {}),
      };
    },
    combine: (s) => (s.pence === undefined || !s.population ? null : s.pence / 100 / s.population),
  };
}

const cumulativeBalance: MeasureDefinition = {
  id: 'dsgCumulativeBalancePct',
  label: 'DSG cumulative balance as % of DSG (negative is a deficit)',
  topic: 'finance',
  unit: 'percent',
  direction: 'higherIsBetter',
  // Published as a ratio only (no balances in the file): groups without a published figure are averaged.
  grouping: 'mean',
  periodLabel: financial,
  parts: (year) => ({
    parts: { pct: [{ series: series.dsgCumulativeBalancePct, period: financial(year) }] },
  }),
  combine: (s) => s.pct ?? null,
};

/** High needs spend per head (outturn and budget, by S251 group and in total) and the DSG balance. */
export const financeMeasures: readonly MeasureDefinition[] = [
  ...(['outturn', 'budget'] as const).flatMap((kind) =>
    [...s251Groups, 'total' as const].map((group) => spendPerHead(kind, group)),
  ),
  cumulativeBalance,
];
