// How the Forecasts pages talk to the server (docs/api.md, "Forecasts"). Costs that come back are pence.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Summary as SummaryOf } from '../../core/forecast/summary';
import type { RunComparisonView } from '../../services/forecasts/comparison';
import type { InputSetView, UploadInputsInput } from '../../services/forecasts/inputSets';
import type { ConfirmPushInput, PushPreviewView, PushToPlanInput } from '../../services/forecasts/planPush';
import type { ForecastRunDetailView, ForecastRunView, StartRunInput } from '../../services/forecasts/runs';
import { councilPath, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type Summary = Wire<SummaryOf>;
export type InputSet = Wire<InputSetView>;
export type ForecastRun = Wire<ForecastRunView>;
export type RunDetail = Wire<ForecastRunDetailView>;
export type YearResult = NonNullable<RunDetail['years']>[number];
export type RunComparison = Wire<RunComparisonView>;
export type PushPreview = Wire<PushPreviewView>;

const base = (code: string) => `${councilPath(code)}/forecasts`;

/** How often a page asks again while a run is queued or running. */
const whileRunning = 1000;
const running = (run: ForecastRun) => run.status === 'queued' || run.status === 'running';

export const inputSetsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'forecasts', 'inputs'),
    queryFn: () => request<{ inputSets: InputSet[] }>('GET', `${base(code)}/inputs`),
    select: (data) => data.inputSets,
  });

/** The runs, newest first; asked again every second while any is queued or running. */
export const runsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'forecasts', 'runs'),
    queryFn: () => request<{ runs: ForecastRun[] }>('GET', `${base(code)}/runs`),
    select: (data) => data.runs,
    refetchInterval: (query) => (query.state.data?.runs.some(running) ? whileRunning : false),
  });

/** One run with its results; asked again every second while it runs. */
export const runQuery = (code: string, number: number) =>
  queryOptions({
    queryKey: councilKey(code, 'forecasts', 'run', number),
    queryFn: () => request<RunDetail>('GET', `${base(code)}/runs/${number}`),
    refetchInterval: (query) => (query.state.data && running(query.state.data.run) ? whileRunning : false),
  });

export const comparisonQuery = (code: string, number: number, baseline: number) =>
  queryOptions({
    queryKey: councilKey(code, 'forecasts', 'comparison', number, baseline),
    queryFn: () =>
      request<RunComparison>('GET', `${base(code)}/runs/${number}/comparison?baseline=${baseline}`),
  });

/** Where the browser downloads a run's results. */
export const downloadHref = (code: string, number: number, format: 'csv' | 'xlsx') =>
  `/api${base(code)}/runs/${number}/download?format=${format}`;

/** A change to the council's forecasts; each refreshes the council's data when it succeeds. */
function useForecastChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({ mutationFn: change, onSuccess: () => refresh() });
}

/** Uploads a witan.send input folder: its CSV files by name, or the folder as a zip. */
export const useUploadInputs = (code: string) =>
  useForecastChange(code, (input: UploadInputsInput | { name: string; zip: Blob }) =>
    'zip' in input
      ? request<InputSet>('POST', `${base(code)}/inputs?name=${encodeURIComponent(input.name)}`, {
          file: { data: input.zip, contentType: 'application/zip' },
        })
      : request<InputSet>('POST', `${base(code)}/inputs`, { body: input }),
  );

export const useStartRun = (code: string) =>
  useForecastChange(code, (input: StartRunInput) =>
    request<{ run: ForecastRun }>('POST', `${base(code)}/runs`, { body: input }),
  );

/** What putting a run's cost into a draft version in place of the lines `replace` names would do; nothing changes. */
export const usePushPreview = (code: string, number: number) =>
  useMutation({
    mutationFn: (input: PushToPlanInput) =>
      request<PushPreview>('POST', `${base(code)}/runs/${number}/plan-push/preview`, { body: input }),
  });

/**
 * Confirms a preview (its token): the run's cost takes the place of the lines named. A version changed since
 * the preview is refused (409) and the refusal carries the fresh preview (`ApiError.conflict.current`).
 */
export const usePushToPlan = (code: string, number: number) =>
  useForecastChange(code, (input: ConfirmPushInput) =>
    request<PushPreview>('POST', `${base(code)}/runs/${number}/plan-push`, { body: input }),
  );
