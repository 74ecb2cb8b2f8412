// How the placement register pages talk to the server (docs/api.md, "Placement register"). Amounts are pence.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { ChangesView } from '../../services/placements/changes';
import type { SnapshotView } from '../../services/placements/imports';
import type { PreviewView } from '../../services/placements/preview';
import type { RecordsPageView, RecordsQuery } from '../../services/placements/records';
import type { PlacementSummaryView } from '../../services/placements/summary';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type SnapshotInfo = Wire<SnapshotView>;
export type PlacementSummary = Wire<PlacementSummaryView>;
export type RecordsPage = Wire<RecordsPageView>;
export type Changes = Wire<ChangesView>;
export type Preview = Wire<PreviewView>;

const base = (code: string) => `${councilPath(code)}/placements`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The content type the server expects for a register file: XLSX by name, CSV otherwise. */
export const registerContentType = (file: File) => (/\.xlsx$/i.test(file.name) ? XLSX : 'text/csv');

export const snapshotsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'placements', 'snapshots'),
    queryFn: () => request<{ snapshots: SnapshotInfo[] }>('GET', `${base(code)}/snapshots`),
    select: (data) => data.snapshots,
  });

export const summaryQuery = (code: string, asAt: string) =>
  queryOptions({
    queryKey: councilKey(code, 'placements', 'summary', asAt),
    queryFn: () => request<PlacementSummary>('GET', `${base(code)}/summary${queryString({ asAt })}`),
  });

/** The register page asked for: the service's record filters, as text from the address, and paging. */
export type RecordsRequest = { [K in keyof RecordsQuery]?: string | number };

export const recordsQuery = (code: string, query: RecordsRequest) =>
  queryOptions({
    queryKey: councilKey(code, 'placements', 'records', JSON.stringify(query)),
    queryFn: () => request<RecordsPage>('GET', `${base(code)}/records${queryString({ ...query })}`),
  });

export const changesQuery = (code: string, from: string, to: string) =>
  queryOptions({
    queryKey: councilKey(code, 'placements', 'changes', from, to),
    queryFn: () => request<Changes>('GET', `${base(code)}/changes${queryString({ from, to })}`),
  });

/** Checks a register file without saving it: its counts, first rows and what it would change. */
export const previewRegister = (code: string, file: File, asAt: string) =>
  request<Preview>('POST', `${base(code)}/preview${queryString({ asAt })}`, {
    file: { data: file, contentType: registerContentType(file) },
  });

/** Imports a register file as the snapshot at its date; refreshes the council's data. */
export function useImportRegister(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: ({ file, asAt, replace }: { file: File; asAt: string; replace: boolean }) =>
      request<SnapshotInfo>(
        'POST',
        `${base(code)}/snapshots${queryString({ asAt, replace: replace || undefined, source: file.name })}`,
        { file: { data: file, contentType: registerContentType(file) } },
      ),
    onSuccess: () => refresh(),
  });
}

/** Removes the register imported at a date (a wrong import); audited by the server. */
export function useDeleteRegister(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (asAt: string) =>
      request<void>('DELETE', `${base(code)}/snapshots/${encodeURIComponent(asAt)}`),
    onSuccess: () => refresh(),
  });
}

export const templateUrl = (code: string) => `/api${base(code)}/template`;
