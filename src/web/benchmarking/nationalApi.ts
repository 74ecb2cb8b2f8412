// The national data part of the API (docs/api.md, "National data" and "Forecasts from published figures").
import { councilPath, request } from '../app/api.ts';

export type MeasureUnit = 'count' | 'percent' | 'perThousand' | 'poundsPerHead';
export type BenchmarkRag = 'red' | 'amber' | 'green';

export interface MeasureInfo {
  id: string;
  label: string;
  topic: string;
  unit: MeasureUnit;
  direction: 'higherIsWorse' | 'higherIsBetter' | 'neutral';
}

export interface ComparatorValue {
  kind: 'statisticalNeighbours' | 'subRegion' | 'region' | 'england';
  name: string;
  value: number | null;
  members?: number;
  of?: number;
}

export interface MeasureView {
  council: { code: string; newCode: string; name: string; region: string; subRegion?: string };
  neighbours: { code: string; name: string }[];
  year: number;
  benchmark: {
    id: string;
    label: string;
    unit: MeasureUnit;
    direction: MeasureInfo['direction'];
    period: string;
    value: number | null;
    notAvailable?: string;
    note?: string;
    caution?: string;
    comparators: ComparatorValue[];
    standing?: { rank: number; of: number; percentile: number; decile: number };
    rag?: BenchmarkRag;
  };
  councils: { code: string; name: string; value: number; neighbour: boolean; sameRegion: boolean }[];
  trend: { year: number; period: string; value: number | null; comparators: ComparatorValue[] }[];
  releases: { publication: string; edition: string }[];
}

export interface NationalRelease {
  publication: string;
  title: string;
  edition: string;
  imports: { fileName: string; importedAt: string }[];
}

export interface ForecastInterval {
  forecast: number;
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

export interface PublishedForecast {
  council: string;
  name: string;
  method: string;
  methodLabel: string;
  origin: number;
  fallback?: string;
  source: string;
  history: { year: number; total: number | null }[];
  years: {
    year: number;
    h: number;
    total: ForecastInterval;
    ages: Record<string, ForecastInterval | undefined>;
  }[];
  calibration: { h: number; n: number }[];
}

export interface AccuracyReview {
  council: { code: string; name: string };
  publishedSource: string;
  published: { year: number; plans: number | null }[];
  sources: {
    source: string;
    kind: 'recoveryPlan' | 'kpiTarget';
    madeAfter: number;
    meanApe: number | null;
    rows: {
      year: number;
      h: number;
      plans: number;
      actual: number | null;
      difference: number | null;
      percentError: number | null;
      detail: string;
    }[];
  }[];
}

export const getMeasures = () => request<{ measures: MeasureInfo[] }>('GET', '/national/measures');
export const getReleases = () => request<{ releases: NationalRelease[] }>('GET', '/national/releases');
export const getMeasureView = (code: string, measure: string, year: number) =>
  request<MeasureView>(
    'GET',
    `/national/measure/${encodeURIComponent(code)}/${encodeURIComponent(measure)}/${String(year)}`,
  );
export const getPublishedForecast = (code: string) =>
  request<PublishedForecast>('GET', `/national/forecast/${encodeURIComponent(code)}`);
export const getAccuracyReview = (code: string) =>
  request<AccuracyReview>('GET', `${councilPath(code)}/forecast-accuracy`);

/** Where the benchmark table downloads from (a plain link: the browser saves the file). */
export const benchmarkTableUrl = (code: string, year: number, format: 'csv' | 'xlsx') =>
  `/api/national/benchmark/${encodeURIComponent(code)}/${String(year)}/table/${format}`;

/** A measure's value as the benchmark table writes it. */
export function formatMeasureValue(value: number | null, unit: MeasureUnit): string {
  if (value === null) return 'n/a';
  switch (unit) {
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
    case 'percent':
      return `${value.toFixed(1)}%`;
    case 'perThousand':
      return value.toFixed(1);
    case 'poundsPerHead':
      return `£${Math.round(value).toLocaleString('en-GB')}`;
  }
}
