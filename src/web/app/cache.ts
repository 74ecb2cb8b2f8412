// Keys of the cached server answers. Every council's answers sit under ['council', code], so a change to
// any of its data can refresh all of it (a plan edit moves KPI values and the return's monitoring table).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** The key of one thing cached for a council: councilKey('314', 'model', 'versions'). */
export function councilKey(code: string, ...parts: ReadonlyArray<string | number>) {
  return ['council', code, ...parts] as const;
}

/**
 * Loads everything cached for the council again, shown or not, and resolves when it has: a page moved to
 * after a change (the versions list after a delete) never shows what was there before it.
 */
export function useRefreshCouncil(code: string): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ queryKey: councilKey(code), refetchType: 'all' }),
    [client, code],
  );
}
