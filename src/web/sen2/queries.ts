// How the SEN2 pages talk to the server (docs/api.md, "SEN2 return"). The types are the services' own
// answers as JSON delivers them; children appear only under pseudonymous ids.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Sen2Finding as CoreFinding } from '../../core/sen2/finding';
import type { sen2Census } from '../../services/sen2/census';
import type {
  addForecastInputsFromSen2,
  Sen2ForecastInputsRequest,
} from '../../services/sen2/forecastInputs';
import type { sen2Funnel } from '../../services/sen2/funnel';
import type { importSen2Return, listSen2Returns, previewSen2Return } from '../../services/sen2/imports';
import type { ReturnCounts } from '../../services/sen2/prepareReturn';
import type { sen2Quality } from '../../services/sen2/quality';
import type { sen2Reconciliation } from '../../services/sen2/reconciliation';
import type { listUrnLookup } from '../../services/sen2/urnLookup';
import { ApiError, councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

type Answer<F extends (...args: never[]) => Promise<unknown>> = Wire<Awaited<ReturnType<F>>>;

/** A stored return's counts: the database keeps them as JSON, written from the service's ReturnCounts. */
export type WithCounts<T> = Omit<T, 'counts'> & { counts: Wire<ReturnCounts> };
export type Sen2ReturnInfo = WithCounts<Answer<typeof listSen2Returns>[number]>;
export type Sen2Preview = Answer<typeof previewSen2Return>;
export type Sen2Imported = WithCounts<Answer<typeof importSen2Return>>;
export type Sen2Quality = Answer<typeof sen2Quality>;
export type Sen2Census = Answer<typeof sen2Census>;
export type Sen2Reconciliation = Answer<typeof sen2Reconciliation>;
export type Sen2Funnel = Answer<typeof sen2Funnel>;
export type Sen2InputsMade = Answer<typeof addForecastInputsFromSen2>;
export type Sen2Finding = Wire<CoreFinding>;

const base = (code: string) => `${councilPath(code)}/sen2`;

export const returnsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'returns'),
    queryFn: () => request<{ returns: Sen2ReturnInfo[] }>('GET', `${base(code)}/returns`),
    select: (data) => data.returns,
  });

export const qualityQuery = (code: string, year: number | undefined) =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'quality', String(year ?? 'latest')),
    queryFn: () => request<Sen2Quality>('GET', `${base(code)}/quality${queryString({ year })}`),
  });

export const censusQuery = (code: string, date: string) =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'census', date),
    queryFn: () => request<Sen2Census>('GET', `${base(code)}/census${queryString({ date })}`),
  });

export const reconciliationQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'reconciliation'),
    queryFn: () => request<Sen2Reconciliation>('GET', `${base(code)}/reconciliation`),
  });

export const funnelQuery = (code: string, by: 'month' | 'year') =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'funnel', by),
    queryFn: () => request<Sen2Funnel>('GET', `${base(code)}/funnel${queryString({ by })}`),
  });

/** The export as the server takes it: a zip as it is, or the chosen CSV files' text by file name. */
async function exportBody(files: readonly File[]) {
  const zip = files.length === 1 && files[0] && /\.zip$/i.test(files[0].name) ? files[0] : undefined;
  if (zip) return { file: { data: zip, contentType: 'application/zip' } };
  const texts = await Promise.all(files.map(async (f) => [f.name, await f.text()] as const));
  return { body: { files: Object.fromEntries(texts) } };
}

/** Checks a return without keeping it: its counts, census and warnings, or every error (ApiError). */
export const previewReturn = async (code: string, files: readonly File[]) =>
  request<Sen2Preview>('POST', `${base(code)}/preview`, await exportBody(files));

/** Imports the return (replacing the year's return only when asked); refreshes the council's data. */
export function useImportReturn(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: async ({ files, replace }: { files: readonly File[]; replace: boolean }) =>
      request<Sen2Imported>(
        'POST',
        `${base(code)}/returns${queryString({ replace: replace || undefined, source: sourceName(files) })}`,
        await exportBody(files),
      ),
    onSuccess: () => refresh(),
  });
}

/** Deletes a year's return with its records and report (refused while forecast inputs hold it). */
export function useDeleteReturn(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (year: number) => request<void>('DELETE', `${base(code)}/returns/${String(year)}`),
    onSuccess: () => refresh(),
  });
}

/** Makes forecast inputs from the returns (an input set on the Forecasts page). */
export function useForecastInputsFromSen2(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (input: Sen2ForecastInputsRequest) =>
      request<Sen2InputsMade>('POST', `${base(code)}/forecast-inputs`, { body: input }),
    onSuccess: () => refresh(),
  });
}

/** What the return is called where it came from: the zip's name, or the export's date in its file names. */
export function sourceName(files: readonly File[]): string | undefined {
  const first = files[0];
  if (!first) return undefined;
  if (files.length === 1) return first.name;
  return /^(Blade-Export_[\d-]+)_/i.exec(first.name)?.[1] ?? `${String(files.length)} files`;
}

/** The findings of a refused return, as the server sent them (each with module, row and child id). */
export function refusedFindings(error: unknown): Sen2Finding[] {
  if (!(error instanceof ApiError)) return [];
  return (error.rowErrors as readonly unknown[]).filter(
    (e): e is Sen2Finding => typeof (e as { module?: unknown }).module === 'string',
  );
}

export type UrnEntry = Answer<typeof listUrnLookup>[number];

export const urnsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'sen2', 'urns'),
    queryFn: () => request<{ urns: UrnEntry[] }>('GET', `${base(code)}/urns`),
    select: (data) => data.urns,
  });

/** Adds or changes one URN or UKPRN's setting type; refreshes the council (census settings move). */
export function usePutUrn(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: ({ key, settingType, name }: { key: string; settingType: string; name?: string }) =>
      request<UrnEntry>('PUT', `${base(code)}/urns/${encodeURIComponent(key)}`, {
        body: name ? { settingType, name } : { settingType },
      }),
    onSuccess: () => refresh(),
  });
}

/** Takes one URN or UKPRN out of the lookup. */
export function useDeleteUrn(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (key: string) => request<void>('DELETE', `${base(code)}/urns/${encodeURIComponent(key)}`),
    onSuccess: () => refresh(),
  });
}

/** Where the lookup downloads from as a CSV file (a plain link). */
export const urnsCsvUrl = (code: string) => `/api${base(code)}/urns.csv`;
