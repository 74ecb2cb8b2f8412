// The signed-in person for the pages: who they are, their councils, and signing out.
import { createContext, useContext } from 'react';
import type { Session } from './api.ts';

interface SignedIn {
  session: Session;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SignedIn | null>(null);

export const SessionProvider = SessionContext.Provider;

/** The signed-in session (pages are only shown to someone signed in). */
export function useSession(): SignedIn {
  const signedIn = useContext(SessionContext);
  if (!signedIn) throw new Error('useSession is for pages shown to a signed-in person');
  return signedIn;
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

/** Remembers the council chosen, for the next visit. */
export function rememberCouncil(code: string): void {
  try {
    window.localStorage.setItem(councilKey, code);
  } catch {
    // Remembering is a convenience; the address still carries the choice.
  }
}

/** The council to open: the one asked for if the person has it, else the remembered one, else the first. */
export function councilToOpen(session: Session, asked: string | null): string | null {
  const codes = session.councils.map((c) => c.code);
  const remembered = rememberedCouncil();
  if (asked !== null && codes.includes(asked)) return asked;
  if (remembered !== null && codes.includes(remembered)) return remembered;
  return codes[0] ?? null;
}
