// The savings plan shown is in the address: `#/314/savings?version=…`.
import { text } from '../app/search.ts';

/** Checks the Savings page's search params. */
export function savingsSearch(search: Record<string, unknown>): { version?: string } {
  return { version: text(search.version) };
}
