// How the Governance page talks to the server (docs/api.md, "Governance"): the meeting cycle and tracker
// as one view, and its changes, each answering with the view again.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BodyInput,
  GovernanceView,
  ItemInput,
  ItemStatusInput,
  MeetingInput,
} from '../../services/governance';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type Governance = Wire<GovernanceView>;
export type TrackerItem = Governance['items'][number];
export type CycleBody = Governance['bodies'][number];
export type { BodyInput, ItemInput, ItemStatusInput, MeetingInput };

const base = (code: string) => `${councilPath(code)}/governance`;
const key = (code: string, asAt = '') => councilKey(code, 'governance', asAt);

/** The cycle and tracker as at a date (today when none is given). */
export const governanceQuery = (code: string, asAt?: string) =>
  queryOptions({
    queryKey: key(code, asAt),
    queryFn: () => request<Governance>('GET', `${base(code)}${queryString({ asAt })}`),
  });

/** A change answered with the whole view as at today: shown at once, then the council's data refreshed. */
function useGovernanceChange<T>(code: string, send: (input: T) => Promise<Governance>) {
  const client = useQueryClient();
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => client.setQueryData(key(code), view),
    onSettled: () => refresh(),
  });
}

export const useAddItem = (code: string) =>
  useGovernanceChange(code, (input: ItemInput) =>
    request<Governance>('POST', `${base(code)}/items`, { body: input }),
  );

export const useSetItemStatus = (code: string) =>
  useGovernanceChange(code, ({ id, change }: { id: number; change: ItemStatusInput }) =>
    request<Governance>('POST', `${base(code)}/items/${id}/status`, { body: change }),
  );

export const useAddBody = (code: string) =>
  useGovernanceChange(code, (input: BodyInput) =>
    request<Governance>('POST', `${base(code)}/bodies`, { body: input }),
  );

export const useAddMeeting = (code: string) =>
  useGovernanceChange(code, (input: MeetingInput) =>
    request<Governance>('POST', `${base(code)}/meetings`, { body: input }),
  );
