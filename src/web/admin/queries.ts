// How the people and roles page talks to the server (docs/api.md, "People and roles").
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { CouncilUserView, NewCouncilUserInput } from '../../services/users';
import { councilPath, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type CouncilUser = Wire<CouncilUserView>;

export const peopleQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'people'),
    queryFn: () => request<{ users: CouncilUser[] }>('GET', `${councilPath(code)}/users`),
    select: (data) => data.users,
  });

/** Gives a person a role in the council, creating their account if the email is new. */
export function useAddPerson(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (input: NewCouncilUserInput) =>
      request<CouncilUser>('POST', `${councilPath(code)}/users`, { body: input }),
    onSuccess: () => refresh(),
  });
}
