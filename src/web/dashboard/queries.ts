// The dashboard's data: every tile in one answer (docs/api.md, "Dashboard"); the council with its named
// officers, and changing them.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CouncilDetailsInput, CouncilDetailsView, CouncilForActorView } from '../../services/councils';
import type { DashboardView } from '../../services/dashboard/dashboard';
import { councilPath, matchingRead, rememberRevision, request, type Wire } from '../app/api.ts';
import { councilKey } from '../app/cache.ts';

export type Dashboard = Wire<DashboardView>;

/** The landing page's tiles, as at today, drawn from what the council has loaded. */
export const dashboardQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'dashboard'),
    queryFn: () => request<Dashboard>('GET', `${councilPath(code)}/dashboard`),
  });

/** The keys of the council's own details in the cache. */
export const councilKeys = { details: (code: string) => ['council', code, 'details'] as const };

export const councilQuery = (code: string) =>
  queryOptions({
    queryKey: councilKeys.details(code),
    queryFn: async () => {
      // The council row's revision goes back with a change of its details.
      const view = await request<Wire<CouncilForActorView>>('GET', councilPath(code));
      rememberRevision(councilPath(code), view.revision);
      return view;
    },
  });

/**
 * Saves the officers named on the council's returns, with the revision this page read; the cached council
 * follows, also when the change is refused as made from a stale read (409).
 */
export function useUpdateCouncil(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: CouncilDetailsInput) => {
      const path = councilPath(code);
      const saved = await request<Wire<CouncilDetailsView>>('PATCH', path, {
        body: change,
        ...matchingRead(path),
      });
      rememberRevision(path, saved.revision);
      return saved;
    },
    onSettled: () => client.invalidateQueries({ queryKey: councilKeys.details(code) }),
  });
}
