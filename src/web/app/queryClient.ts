// The cache of server answers. A refusal (4xx) is not tried again; a lost connection is, twice.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';

/** A fresh cache: one per signed-in session, cleared when it ends so nothing shows to the next person. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
