// The council the page is about, the signed-in person's role in it, and what that role may do there
// (the capabilities the session carries, decided by the same permission table the services enforce).
import { createContext, useContext } from 'react';
import type { Action } from '../../services/permissions';
import type { CouncilMembership } from './api.ts';

/** The council in view, with a test for each action the user may take in it. */
export interface CouncilInView extends CouncilMembership {
  /** Whether the user may do `action` in this council; controls they may not use are not shown. */
  can: (action: Action) => boolean;
}

const CouncilContext = createContext<CouncilInView | null>(null);

/** Provides the council in view to the pages under it. */
export const CouncilProvider = CouncilContext.Provider;

/** The council in view, with what the user may do in it. */
export function useCouncil(): CouncilInView {
  const council = useContext(CouncilContext);
  if (!council) throw new Error('useCouncil is for pages inside a council (#/CODE/...)');
  return council;
}

/** The membership with its capability test. */
export function councilInView(membership: CouncilMembership): CouncilInView {
  const allowed = new Set<string>(membership.capabilities);
  return { ...membership, can: (action) => allowed.has(action) };
}
