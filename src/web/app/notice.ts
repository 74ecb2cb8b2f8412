// A "done" message carried to the page moved to ("Copied … to the draft …"), in the history entry's state,
// so it shows once on that page and not on a later visit to the same address.
import { useRouterState } from '@tanstack/react-router';

declare module '@tanstack/history' {
  interface HistoryState {
    /** The message the page moved to shows. */
    notice?: string;
  }
}

/** The message left for this page by the move that opened it, if any. */
export function useNotice(): string | null {
  return useRouterState({ select: (state) => state.location.state.notice ?? null });
}
