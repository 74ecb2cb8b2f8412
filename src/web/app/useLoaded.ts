// Loads something from the API for a page, again whenever its key changes, and on demand after an edit.
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../ui/format.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; data: T };

/**
 * `key` says what is loaded (a council and version name, say): a new key shows "loading" again, unless
 * `keepWhileLoading`. `reload`
 * fetches the same thing quietly, keeping what is on screen (and the keyboard focus) until it arrives.
 */
export function useLoaded<T>(
  key: string,
  load: () => Promise<T>,
  options: { keepWhileLoading?: boolean } = {},
): { state: Loaded<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  // Answers can arrive out of order: only the latest request may set the state.
  const latest = useRef(0);

  const fetchInto = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const data = await loadRef.current();
      if (ticket === latest.current) setState({ status: 'loaded', data });
    } catch (error) {
      if (ticket === latest.current) setState({ status: 'failed', message: messageOf(error) });
    }
  }, []);

  const keep = options.keepWhileLoading === true;
  useEffect(() => {
    // With keepWhileLoading, a new key keeps the old figures up (and the controls that hold the focus).
    if (!keep) setState({ status: 'loading' });
    void fetchInto();
    return () => {
      latest.current += 1; // forget answers for the old key
    };
  }, [key, keep, fetchInto]);

  return { state, reload: fetchInto };
}
