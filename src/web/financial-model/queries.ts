// How the financial model talks to the server (docs/api.md, "Financial model"): what the pages read, as the
// services' own view types, and the changes they make, each refreshing the council's cached data.
// Amounts that come back are pence; amounts sent are pounds, as the person typed them.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ComparisonView } from '../../services/financialModel/comparison';
import type { LineAmountInput, NewLineInput, NewLineView } from '../../services/financialModel/lineEdits';
import type { SavingsPlanView } from '../../services/financialModel/savings';
import type {
  CopyVersionInput,
  VersionDetailView,
  VersionInfoView,
  VersionSummaryView,
} from '../../services/financialModel/versions';
import {
  councilPath,
  isStaleWrite,
  matchingRead,
  queryString,
  rememberRevision,
  request,
  type Wire,
} from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type VersionSummary = Wire<VersionSummaryView>;
export type VersionInfo = Wire<VersionInfoView>;
export type VersionDetail = Wire<VersionDetailView>;
export type PlanLine = VersionDetail['plan']['lines'][number];
export type DerivedYear = VersionDetail['years'][number];
export type CheckFailure = VersionDetail['checks'][number];
export type Comparison = Wire<ComparisonView>;
export type MonitoringRow = Comparison['monitoring'][number];
export type SavingsPlan = Wire<SavingsPlanView>;

const modelPath = (code: string) => `${councilPath(code)}/model`;
const versionPath = (code: string, name: string) => `${modelPath(code)}/versions/${encodeURIComponent(name)}`;
const linePath = (code: string, name: string, lineId: string) =>
  `${versionPath(code, name)}/lines/${encodeURIComponent(lineId)}`;

/** The versions; each one's revision is remembered, for a freeze or a delete. */
async function loadVersions(code: string) {
  const answer = await request<{ versions: VersionSummary[] }>('GET', `${modelPath(code)}/versions`);
  for (const v of answer.versions) rememberRevision(versionPath(code, v.name), v.revision);
  return answer;
}

/** One version; its revision and each line's are remembered, for a freeze, a delete or a line's removal. */
async function loadVersion(code: string, name: string) {
  const detail = await request<VersionDetail>('GET', versionPath(code, name));
  rememberRevision(versionPath(code, name), detail.version.revision);
  for (const [line, r] of Object.entries(detail.revisions))
    rememberRevision(linePath(code, name, line), r.revision);
  return detail;
}

/**
 * The row version of one amount as the grid read it (0: an empty cell), sent back with its change so a
 * cell someone changed since is refused (409) instead of silently overwritten.
 */
export const amountRevision = (detail: VersionDetail, lineId: string, year: string): number =>
  detail.revisions[lineId]?.amounts[year] ?? 0;

export const versionsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'model', 'versions'),
    queryFn: () => loadVersions(code),
    select: (data) => data.versions,
  });

export const versionQuery = (code: string, name: string) =>
  queryOptions({
    queryKey: councilKey(code, 'model', 'version', name),
    queryFn: () => loadVersion(code, name),
  });

/** Every reconciliation failure across the council's versions and recovery plan documents. */
export const councilChecksQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'model', 'checks'),
    queryFn: () => request<{ failures: CheckFailure[] }>('GET', `${modelPath(code)}/checks`),
  });

export const comparisonQuery = (code: string, from: string, to: string, year?: string) =>
  queryOptions({
    queryKey: councilKey(code, 'model', 'compare', from, to, year ?? ''),
    queryFn: () => request<Comparison>('GET', `${modelPath(code)}/compare${queryString({ from, to, year })}`),
  });

export const savingsPlanQuery = (code: string, name: string) =>
  queryOptions({
    queryKey: councilKey(code, 'model', 'savings', name),
    queryFn: () => request<SavingsPlan>('GET', `${versionPath(code, name)}/savings`),
  });

/** Where the browser downloads the version in the JSON file format (pounds). */
export const versionFileUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}?format=json-file`;

/** Where the browser downloads the version's grid as an Excel workbook (live formulas). */
export const versionWorkbookUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}?format=xlsx`;

/** Where the browser downloads the DfE 2019 recovery plan workbook of a version that has one. */
export const recoveryPlanWorkbookUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}/recovery-plan?format=xlsx`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a plan version file is: the highneeds JSON format, a model grid workbook, a DfE recovery plan. */
export type PlanFileKind = 'json' | 'grid' | 'recoveryPlan';

/**
 * A change to the council's financial model; each refreshes the council's data when it succeeds, and when
 * it is refused as made from a stale read (409 with the current value), so the page shows what is there now.
 */
function useModelChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: change,
    onSuccess: () => refresh(),
    onError: (error) => (isStaleWrite(error) ? refresh() : undefined),
  });
}

/** Imports a plan version file; a 400 carries every problem in `ApiError.problems`. */
export const useImportVersion = (code: string) =>
  useModelChange(code, (input: { kind: PlanFileKind; content: unknown; file: Blob; replace: boolean }) => {
    const replace = queryString({ replace: input.replace || undefined });
    if (input.kind === 'json')
      return request<VersionInfo>('POST', `${modelPath(code)}/versions${replace}`, { body: input.content });
    const path = input.kind === 'grid' ? 'versions' : 'recovery-plans';
    return request<VersionInfo>('POST', `${modelPath(code)}/${path}${replace}`, {
      file: { data: input.file, contentType: XLSX },
    });
  });

/** Deletes a draft; its own cached answer is dropped first, so nothing asks for it again. */
export function useDeleteVersion(code: string) {
  const client = useQueryClient();
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (name: string) =>
      request<void>('DELETE', versionPath(code, name), matchingRead(versionPath(code, name))),
    onSuccess: (_done, name) => {
      client.removeQueries({ queryKey: councilKey(code, 'model', 'version', name) });
      return refresh();
    },
    onError: (error) => (isStaleWrite(error) ? refresh() : undefined),
  });
}

export const useFreezeVersion = (code: string) =>
  useModelChange(code, (name: string) =>
    request<VersionInfo>('POST', `${versionPath(code, name)}/freeze`, matchingRead(versionPath(code, name))),
  );

export const useCopyVersion = (code: string) =>
  useModelChange(code, ({ name, copy }: { name: string; copy: CopyVersionInput }) =>
    request<VersionInfo>('POST', `${versionPath(code, name)}/copy`, { body: copy }),
  );

export const useAddLine = (code: string, version: string) =>
  useModelChange(code, (line: NewLineInput) =>
    request<Wire<NewLineView>>('POST', `${versionPath(code, version)}/lines`, { body: line }),
  );

export const useRemoveLine = (code: string, version: string) =>
  useModelChange(code, (lineId: string) =>
    request<void>('DELETE', linePath(code, version, lineId), matchingRead(linePath(code, version, lineId))),
  );

/**
 * Sets one amount; `amount` is the pounds text as typed ("£1,234", "(1,234)", "0"), `revision` the amount's
 * row version as the grid read it (`amountRevision`): a cell changed since is refused (409).
 */
export const useSetLineAmount = (code: string, version: string) =>
  useModelChange(
    code,
    ({ lineId, revision, ...amount }: LineAmountInput & { lineId: string; revision: number }) =>
      request<unknown>('PUT', `${linePath(code, version, lineId)}/amounts`, {
        body: { ...amount, expectedRevision: revision },
      }),
  );
