// Client-side routing through location.hash: `#/314/dashboard` is council 314, Dashboard module.
import { useSyncExternalStore } from 'react';

export interface Route {
  councilCode: string | null;
  /** The module part of the hash as written; it may name no module. */
  page: string;
}

/** Reads a route from a hash such as `#/314/financial-model`. */
export function parseHash(hash: string): Route {
  const parts = pathOf(hash)
    .split('/')
    .filter((part) => part !== '');
  const [code, page] = parts;
  return { councilCode: code ? decodeURIComponent(code) : null, page: page ?? 'dashboard' };
}

/** The path part of a hash, without '#', the leading '/' and any '?query'. */
function pathOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

/** Where a module is inside itself: `#/314/financial-model/version/NAME?x=1` is ['version', 'NAME'] and x=1. */
export interface SubRoute {
  segments: string[];
  query: URLSearchParams;
}

/** The parts of a hash after the council and the module, decoded. */
export function parseSubRoute(hash: string): SubRoute {
  const [, ...query] = hash.split('?');
  const segments = pathOf(hash)
    .split('/')
    .filter((part) => part !== '')
    .slice(2)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part; // a hand-typed '%' that is not an escape: take it as written
      }
    });
  return { segments, query: new URLSearchParams(query.join('?')) };
}

/** The hash for a place inside a module: hashFor plus path segments (encoded) and a query. */
export function subHashFor(
  councilCode: string,
  page: string,
  segments: readonly string[],
  query?: Record<string, string | undefined>,
): string {
  const path = [hashFor(councilCode, page), ...segments.map(encodeURIComponent)].join('/');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The hash for a council's module page. */
export function hashFor(councilCode: string, page: string): string {
  return `#/${encodeURIComponent(councilCode)}/${page}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location.hash, re-rendering when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** Moves to another page without leaving a history entry for the page being corrected. */
export function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const councilKey = 'highneeds.council';

/** The council chosen last time on this browser, if any. */
export function rememberedCouncil(): string | null {
  try {
    return window.localStorage.getItem(councilKey);
  } catch {
    return null; // storage blocked by the browser's privacy settings
  }
}

export function rememberCouncil(code: string): void {
  try {
    window.localStorage.setItem(councilKey, code);
  } catch {
    // Remembering is a convenience; the hash still carries the choice.
  }
}
