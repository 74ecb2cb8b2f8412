// Decides between the sign-in page and the signed-in shell, and which council the shell shows.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, getSession, setUnauthorizedHandler, signOut, type Session } from './api.ts';
import { hashFor, parseHash, rememberCouncil, rememberedCouncil, replaceHash, useHash } from './route.ts';
import { messageOf } from '../ui/format.ts';
import { Shell } from './Shell.tsx';
import { SignInPage } from './SignInPage.tsx';

type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'signed-in'; session: Session }
  | { kind: 'unavailable'; message: string };

export function App() {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const loadSession = useCallback(() => {
    setState({ kind: 'loading' });
    getSession().then(
      (session) => setState({ kind: 'signed-in', session }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else setState({ kind: 'unavailable', message: messageOf(error) });
      },
    );
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() =>
      setState((previous) =>
        previous.kind === 'signed-in'
          ? { kind: 'signed-out', notice: 'Your session has ended. Sign in again to carry on.' }
          : previous.kind === 'signed-out'
            ? previous
            : { kind: 'signed-out' },
      ),
    );
    loadSession();
  }, [loadSession]);

  const handleSignOut = useCallback(async () => {
    try {
      await signOut();
    } catch {
      // Signed out already (401) or server gone: either way show the sign-in page.
    }
    setState({ kind: 'signed-out' });
  }, []);

  switch (state.kind) {
    case 'loading':
      return (
        <main className="centred" id="main">
          <p role="status">Loading highneeds…</p>
        </main>
      );
    case 'unavailable':
      return (
        <main className="centred" id="main">
          <h1>highneeds is not available</h1>
          <p role="alert">{state.message}</p>
          <button type="button" className="button" onClick={loadSession}>
            Try again
          </button>
        </main>
      );
    case 'signed-out':
      return (
        <SignInPage
          notice={state.notice}
          onSignedIn={(session) => setState({ kind: 'signed-in', session })}
        />
      );
    case 'signed-in':
      return <SignedIn session={state.session} onSignOut={handleSignOut} />;
  }
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: () => Promise<void> }) {
  const route = parseHash(useHash());
  const codes = session.councils.map((c) => c.code);
  // The hash wins, then the council chosen last time on this browser, then the first one.
  const remembered = rememberedCouncil();
  const councilCode =
    route.councilCode !== null && codes.includes(route.councilCode)
      ? route.councilCode
      : remembered !== null && codes.includes(remembered)
        ? remembered
        : (codes[0] ?? null);

  useEffect(() => {
    if (councilCode === null) return;
    rememberCouncil(councilCode);
    if (route.councilCode !== councilCode) replaceHash(hashFor(councilCode, 'dashboard'));
  }, [councilCode, route.councilCode]);

  const membership = session.councils.find((c) => c.code === councilCode);
  if (!membership) {
    return (
      <main className="centred" id="main">
        <h1>No council yet</h1>
        <p>
          Your account ({session.user.email}) is not linked to any council. Ask your council&apos;s highneeds
          administrator to add you.
        </p>
        <button type="button" className="button button-secondary" onClick={() => void onSignOut()}>
          Sign out
        </button>
      </main>
    );
  }
  return <Shell session={session} membership={membership} page={route.page} onSignOut={onSignOut} />;
}
