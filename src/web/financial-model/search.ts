// The comparison's choices in the address: `compare?from=…&to=…&year=…`.
import { text } from '../app/search.ts';

export interface CompareSearch {
  from?: string;
  to?: string;
  year?: string;
}

/** Checks the comparison's search params. */
export function compareSearch(search: Record<string, unknown>): CompareSearch {
  return { from: text(search.from), to: text(search.to), year: text(search.year) };
}
