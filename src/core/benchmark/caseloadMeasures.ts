import { ageBandLabels, ageBands } from './ageBands';
import { ratio, type MeasureDefinition, type SeriesStore } from './measure';
import { nearestYear } from './nearestPeriod';
import { placementCategories, placementCategoryLabels } from './placementCategories';
import { series } from './series';

// Caseload measures at the January census. EHCPs are statements plus EHC plans (the seed's 958 for
// January 2017 is 472 statements + 486 plans), as the DfE counts them.

const census = (year: number) => `January ${String(year)}`;

/** The SEN2 return became person-level in 2023: growth across that break is shown with a caution. */
export const SERIES_BREAK_YEAR = 2023;
const breakCaution =
  'The SEN2 series breaks in 2023 (person-level return): compare across the break with care.';

const caseloadCount: MeasureDefinition = {
  id: 'ehcps',
  label: 'EHCPs (January census)',
  topic: 'caseload',
  unit: 'count',
  direction: 'neutral',
  grouping: 'pooled',
  periodLabel: census,
  parts: (year) => ({ parts: { ehcps: [{ series: series.caseload, period: String(year) }] } }),
  combine: (s) => s.ehcps ?? null,
};

/** Growth in EHCPs over a number of years. */
export function growthMeasure(years: number): MeasureDefinition {
  return {
    id: `growth${String(years)}y`,
    label: `Growth in EHCPs over ${years === 1 ? '1 year' : `${String(years)} years`}`,
    topic: 'caseload',
    unit: 'percent',
    direction: 'higherIsWorse',
    grouping: 'pooled',
    periodLabel: (year) => `January ${String(year - years)} to January ${String(year)}`,
    parts: (year) => ({
      parts: {
        now: [{ series: series.caseload, period: String(year) }],
        then: [{ series: series.caseload, period: String(year - years) }],
      },
      ...(year - years < SERIES_BREAK_YEAR && year >= SERIES_BREAK_YEAR ? { caution: breakCaution } : {}),
    }),
    combine: (s) => {
      const r = ratio(s.now, s.then);
      return r === null ? null : (r - 1) * 100;
    },
  };
}

const perThousand: MeasureDefinition = {
  id: 'ehcpsPer1000',
  label: 'EHCPs per 1,000 of the 2-18 population',
  topic: 'caseload',
  unit: 'perThousand',
  direction: 'higherIsWorse',
  grouping: 'pooled',
  periodLabel: census,
  parts: (year: number, store: SeriesStore) => {
    const population = nearestYear(store, series.population2to18, year, '2-18 population');
    if (!population)
      return { unavailable: 'No 2-18 population has been imported (High Needs benchmarking table).' };
    return {
      parts: {
        ehcps: [{ series: series.caseload, period: String(year) }],
        population: [{ series: series.population2to18, period: population.period }],
      },
      ...(population.note ? { note: population.note } : {}),
    };
  },
  combine: (s) => ratio(s.ehcps, s.population, 1000),
};

const allBands = (year: number) =>
  ageBands.map((band) => ({ series: series.ageBand(band), period: String(year) }));
const ageShares: MeasureDefinition[] = ageBands.map((band) => ({
  id: `age.${band}`,
  label: `Aged ${ageBandLabels[band].toLowerCase()} (% of EHCPs)`,
  topic: 'age',
  unit: 'percent',
  direction: 'neutral',
  grouping: 'pooled',
  periodLabel: census,
  parts: (year) => ({
    parts: { band: [{ series: series.ageBand(band), period: String(year) }], all: allBands(year) },
  }),
  combine: (s) => ratio(s.band, s.all, 100),
}));

const allCategories = (year: number) =>
  placementCategories.map((category) => ({ series: series.placement(category), period: String(year) }));
const placementDirection = { mainstream: 'higherIsBetter', independent: 'higherIsWorse' } as const;
const placementShares: MeasureDefinition[] = placementCategories.map((category) => ({
  id: `placement.${category}`,
  label: `${placementCategoryLabels[category]} (% of EHCPs)`,
  topic: 'placement',
  unit: 'percent',
  direction:
    category in placementDirection
      ? placementDirection[category as keyof typeof placementDirection]
      : 'neutral',
  grouping: 'pooled',
  periodLabel: census,
  parts: (year) => ({
    parts: {
      category: [{ series: series.placement(category), period: String(year) }],
      all: allCategories(year),
    },
    ...(year === SERIES_BREAK_YEAR && category === 'resourcedProvision'
      ? {
          caution:
            'SEN units and resourced provision are probably under-reported in 2023 (DfE data guidance).',
        }
      : {}),
  }),
  combine: (s) => ratio(s.category, s.all, 100),
}));

/** EHCPs, growth, EHCPs per 1,000, age profile and placement mix. */
export const caseloadMeasures: readonly MeasureDefinition[] = [
  caseloadCount,
  growthMeasure(1),
  // Two years is what seed 002 compares (January 2017 to January 2019); one and three are the usual.
  growthMeasure(2),
  growthMeasure(3),
  perThousand,
  ...ageShares,
  ...placementShares,
];
