// Decides between the sign-in page and the signed-in app. The address (hash) is kept while signing in, so
// a deep link opens once the person has signed in. Each session gets a fresh cache of server answers.
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { ApiError, getSession, setUnauthorizedHandler, signOut, type Session } from './api.ts';
import { createQueryClient } from './queryClient.ts';
import { createAppRouter } from './router.tsx';
import { SessionProvider } from './session.tsx';
import { CentredPage } from './Shell.tsx';
import { ChangePasswordPage } from './ChangePasswordPage.tsx';
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
        <CentredPage>
          <p role="status">Loading highneeds…</p>
        </CentredPage>
      );
    case 'unavailable':
      return (
        <CentredPage>
          <h1>highneeds is not available</h1>
          <p role="alert">{state.message}</p>
          <Button onClick={loadSession}>Try again</Button>
        </CentredPage>
      );
    case 'signed-out':
      return (
        <SignInPage
          notice={state.notice}
          onSignedIn={(session) => setState({ kind: 'signed-in', session })}
        />
      );
    case 'signed-in':
      // A one-time password an administrator set is replaced before anything else.
      if (state.session.user.mustChangePassword)
        return (
          <ChangePasswordPage
            email={state.session.user.email}
            onChanged={loadSession}
            onSignOut={handleSignOut}
          />
        );
      return <SignedIn session={state.session} onSignOut={handleSignOut} />;
  }
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: () => Promise<void> }) {
  // Made once per sign-in: signing out drops the cache with this component.
  const queryClient = useMemo(() => createQueryClient(), []);
  const router = useMemo(() => createAppRouter(), []);
  const signedIn = useMemo(() => ({ session, signOut: onSignOut }), [session, onSignOut]);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider value={signedIn}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
