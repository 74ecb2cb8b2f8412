// How the people and roles page talks to the server (docs/api.md, "People and roles").
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { PasswordResetInput, RoleChangeInput } from '../../services/councilPeople';
import type { CouncilUserView, NewCouncilUserInput } from '../../services/users';
import { councilPath, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type CouncilUser = Wire<CouncilUserView>;

const peoplePath = (code: string) => `${councilPath(code)}/users`;
const personPath = (code: string, id: number) => `${peoplePath(code)}/${id}`;

export const peopleQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'people'),
    queryFn: () => request<{ users: CouncilUser[] }>('GET', peoplePath(code)),
    select: (data) => data.users,
  });

/** A change to the council's people; each refreshes the council's data when it succeeds. */
function usePeopleChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({ mutationFn: change, onSuccess: () => refresh() });
}

/** Gives a person a role in the council, creating their account if the email is new. */
export const useAddPerson = (code: string) =>
  usePeopleChange(code, (input: NewCouncilUserInput) =>
    request<CouncilUser>('POST', peoplePath(code), { body: input }),
  );

export const useChangeRole = (code: string) =>
  usePeopleChange(code, ({ id, change }: { id: number; change: RoleChangeInput }) =>
    request<CouncilUser>('PATCH', personPath(code, id), { body: change }),
  );

/** Takes away a person's role in the council; their account stays for other councils. */
export const useRemovePerson = (code: string) =>
  usePeopleChange(code, (id: number) => request<void>('DELETE', personPath(code, id)));

/** Sets a one-time password the person must change at their next sign-in; their sessions end. */
export const useResetPassword = (code: string) =>
  usePeopleChange(code, ({ id, change }: { id: number; change: PasswordResetInput }) =>
    request<unknown>('POST', `${personPath(code, id)}/password`, { body: change }),
  );
