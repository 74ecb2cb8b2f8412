// The forecasts part of the API (docs/api.md, "Forecasts"). Costs that come back are pence.
import { councilPath, request } from '../app/api.ts';

export interface Summary {
  mean: number;
  sd: number;
  p5: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
  p95: number;
}

export interface InputSet {
  id: number;
  name: string;
  source: string;
  summary: {
    transitions: number;
    seedYear: number;
    projectionYears: number[];
    settings: string[];
    needs: string[];
    history: Array<{ year: number; ehcps: number }>;
  };
  warnings: string[];
  createdBy: string;
  createdAt: string;
}

export type RunStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ForecastRun {
  number: number;
  name: string;
  inputSet: { id: number; name: string };
  mode: string;
  options: Record<string, unknown>;
  scenario: Record<string, unknown> | null;
  seed: number;
  simulations: number;
  baselineRun: number | null;
  status: RunStatus;
  progress: { done: number; total: number };
  error: string | null;
  seedYear: number | null;
  warnings: string[];
  createdBy: string;
  createdAt: string;
  completedAt: string | null;
}

/** One year's statistics: every group (total, byAgeGroup, byNeed, bySetting, costPence, ...) by key. */
export interface YearResult {
  year: number;
  groups: Record<string, Record<string, Summary>>;
}

export interface RunDetail {
  run: ForecastRun;
  history: Array<{ year: number; ehcps: number }>;
  years: YearResult[] | null;
}

export interface ComparedMeasure {
  baseline: Summary;
  scenario: Summary;
  difference: number;
}

export interface RunComparison {
  run: number;
  baselineRun: number;
  years: Array<{
    year: number;
    total?: ComparedMeasure;
    cost?: ComparedMeasure;
    bySetting: Record<string, ComparedMeasure>;
  }>;
}

export interface StartRun {
  inputSetId: number;
  name?: string;
  mode?: 'default' | 'witan';
  simulations?: number;
  seed?: number;
  baselineRun?: number;
  options?: Record<string, unknown>;
  scenario?: Record<string, unknown>;
}

const base = (code: string) => `${councilPath(code)}/forecasts`;

export const listInputSets = (code: string) =>
  request<{ inputSets: InputSet[] }>('GET', `${base(code)}/inputs`);
export const uploadInputCsvs = (code: string, name: string, files: Record<string, string>) =>
  request<InputSet>('POST', `${base(code)}/inputs`, { body: { name, files } });
export const uploadInputZip = (code: string, name: string, zip: Blob) =>
  request<InputSet>('POST', `${base(code)}/inputs?name=${encodeURIComponent(name)}`, {
    file: { data: zip, contentType: 'application/zip' },
  });
export const listRuns = (code: string) => request<{ runs: ForecastRun[] }>('GET', `${base(code)}/runs`);
export const startRun = (code: string, input: StartRun) =>
  request<{ run: ForecastRun }>('POST', `${base(code)}/runs`, { body: input });
export const getRun = (code: string, number: number) =>
  request<RunDetail>('GET', `${base(code)}/runs/${number}`);
export const compareRun = (code: string, number: number, baseline?: number) =>
  request<RunComparison>(
    'GET',
    `${base(code)}/runs/${number}/comparison${baseline === undefined ? '' : `?baseline=${baseline}`}`,
  );
export const pushRunToPlan = (code: string, number: number, version: string) =>
  request<{
    version: string;
    line: { id: string; label: string };
    amounts: Array<{ year: string; census: number; amount: number }>;
  }>('POST', `${base(code)}/runs/${number}/plan-line`, { body: { version } });
/** Where the browser downloads a run's results. */
export const downloadHref = (code: string, number: number, format: 'csv' | 'xlsx') =>
  `/api${base(code)}/runs/${number}/download?format=${format}`;
