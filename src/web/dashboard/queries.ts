// The dashboard's data: the council with its named officers, and changing them.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CouncilDetailsInput, CouncilForActorView } from '../../services/councils';
import { councilPath, request, type Council, type Wire } from '../app/api.ts';

/** The keys of the council's own details in the cache. */
export const councilKeys = { details: (code: string) => ['council', code, 'details'] as const };

export const councilQuery = (code: string) =>
  queryOptions({
    queryKey: councilKeys.details(code),
    queryFn: () => request<Wire<CouncilForActorView>>('GET', councilPath(code)),
  });

/** Saves the officers named on the council's returns; the cached council follows. */
export function useUpdateCouncil(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: CouncilDetailsInput) =>
      request<Council>('PATCH', councilPath(code), { body: change }),
    onSuccess: () => client.invalidateQueries({ queryKey: councilKeys.details(code) }),
  });
}
