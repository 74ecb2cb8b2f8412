// How the benchmarking page talks to the server (docs/api.md, "National data" and "Forecasts from
// published figures"). National data is the same for every council; the views are for one council.
import { queryOptions } from '@tanstack/react-query';
import type { MeasureDefinition } from '../../core/benchmark/measure';
import type { ForecastAccuracyReview } from '../../services/national/forecastAccuracyReview';
import type { MeasureView as MeasureServiceView } from '../../services/national/measureView';
import type { NationalForecast } from '../../services/national/nationalForecast';
import type { NationalReleaseView } from '../../services/national/nationalReleases';
import { councilPath, request, type Wire } from '../app/api.ts';
import { councilKey } from '../app/cache.ts';

export type MeasureInfo = Pick<MeasureDefinition, 'id' | 'label' | 'topic' | 'unit' | 'direction'>;
export type MeasureUnit = MeasureInfo['unit'];
export type MeasureView = Wire<MeasureServiceView>;
export type NationalRelease = Wire<NationalReleaseView>;
export type PublishedForecast = Wire<NationalForecast>;
export type AccuracyReview = Wire<ForecastAccuracyReview>;

export const measuresQuery = () =>
  queryOptions({
    queryKey: ['national', 'measures'],
    queryFn: () => request<{ measures: MeasureInfo[] }>('GET', '/national/measures'),
    select: (data) => data.measures,
    staleTime: Infinity,
  });

export const releasesQuery = () =>
  queryOptions({
    queryKey: ['national', 'releases'],
    queryFn: () => request<{ releases: NationalRelease[] }>('GET', '/national/releases'),
    select: (data) => data.releases,
  });

export const measureViewQuery = (code: string, measure: string, year: number) =>
  queryOptions({
    queryKey: ['national', 'measure', code, measure, year],
    queryFn: () =>
      request<MeasureView>(
        'GET',
        `/national/measure/${encodeURIComponent(code)}/${encodeURIComponent(measure)}/${String(year)}`,
      ),
  });

export const publishedForecastQuery = (code: string) =>
  queryOptions({
    queryKey: ['national', 'forecast', code],
    queryFn: () => request<PublishedForecast>('GET', `/national/forecast/${encodeURIComponent(code)}`),
  });

/** The council's stored EHCP forecasts against the census: its own data, so refreshed with it. */
export const accuracyReviewQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'forecast-accuracy'),
    queryFn: () => request<AccuracyReview>('GET', `${councilPath(code)}/forecast-accuracy`),
  });

/** Where the benchmark table downloads from (a plain link: the browser saves the file). */
export const benchmarkTableUrl = (code: string, year: number, format: 'csv' | 'xlsx') =>
  `/api/national/benchmark/${encodeURIComponent(code)}/${String(year)}/table/${format}`;
