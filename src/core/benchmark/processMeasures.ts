import { ratio, type MeasureDefinition } from './measure';
import { periodsOfBenchmarkYear, series } from './series';

// Flows in the calendar year that ends as the January census is taken: benchmark year 2025 shows new
// plans, timeliness and tribunal appeals in 2024, as the DfE's June 2025 release does.

const calendar = (year: number) => `${periodsOfBenchmarkYear(year).calendar} (calendar year)`;
const at = (seriesId: string, year: number) => [
  { series: seriesId, period: periodsOfBenchmarkYear(year).calendar },
];

/** New plans, 20-week timeliness and the tribunal appeal rate. */
export const processMeasures: readonly MeasureDefinition[] = [
  {
    id: 'newPlans',
    label: 'New EHC plans made in the year',
    topic: 'process',
    unit: 'count',
    direction: 'neutral',
    grouping: 'pooled',
    periodLabel: calendar,
    parts: (year) => ({ parts: { plans: at(series.newPlans, year) } }),
    combine: (s) => s.plans ?? null,
  },
  {
    id: 'timeliness20Weeks',
    label: 'EHC plans issued within 20 weeks, excluding exceptions (%)',
    topic: 'process',
    unit: 'percent',
    direction: 'higherIsBetter',
    grouping: 'pooled',
    periodLabel: calendar,
    parts: (year) => ({
      parts: { within: at(series.issuedWithin20Weeks, year), issued: at(series.issued, year) },
    }),
    combine: (s) => ratio(s.within, s.issued, 100),
  },
  {
    id: 'tribunalAppealRate',
    label: 'SEND Tribunal appeal rate (% of appealable decisions)',
    topic: 'process',
    unit: 'percent',
    direction: 'higherIsWorse',
    grouping: 'pooled',
    periodLabel: calendar,
    parts: (year) => ({
      parts: { appeals: at(series.tribunalAppeals, year), decisions: at(series.appealableDecisions, year) },
    }),
    combine: (s) => ratio(s.appeals, s.decisions, 100),
  },
];
