// What a page shows while its data loads, when it fails, and once it is there: one shape for every query.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormError } from './FormError.tsx';
import { messageOf } from './fieldErrors.ts';

interface Props<T> {
  query: Pick<UseQueryResult<T>, 'status' | 'data' | 'error'>;
  /** "Loading the plan versions…" */
  loading: string;
  /** "The plan versions could not be loaded" (the server's reason follows). */
  failed: string;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, loading, failed, children }: Props<T>) {
  if (query.status === 'pending') return <p role="status">{loading}</p>;
  if (query.status === 'error') return <FormError>{`${failed}: ${messageOf(query.error)}`}</FormError>;
  return <>{children(query.data as T)}</>;
}
