// How the audit page talks to the server (docs/api.md, "Audit").
import { queryOptions } from '@tanstack/react-query';
import type { AuditEntryView } from '../../services/auditTrail';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey } from '../app/cache.ts';

export type AuditEntry = Wire<AuditEntryView>;

/** A page of the audit trail, newest first; `before` is the id of the last entry of the page in front. */
export const auditQuery = (code: string, limit: number, before?: number) =>
  queryOptions({
    queryKey: councilKey(code, 'audit', limit, before ?? ''),
    queryFn: () =>
      request<{ entries: AuditEntry[] }>(
        'GET',
        `${councilPath(code)}/audit${queryString({ limit, before })}`,
      ),
    select: (data) => data.entries,
  });
