// Client-side routing through location.hash: `#/314/dashboard` is council 314, Dashboard module.
import { useSyncExternalStore } from 'react';

export interface Route {
  councilCode: string | null;
  /** The module part of the hash as written; it may name no module. */
  page: string;
}

/** Reads a route from a hash such as `#/314/financial-model`. */
export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '');
  const [code, page] = parts;
  return { councilCode: code ? decodeURIComponent(code) : null, page: page ?? 'dashboard' };
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
