// The council part of the address (`#/314/...`): the council must be one of the person's, or they are
// taken to one that is; the council chosen is remembered for next time.
import { getRouteApi, Navigate, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Button } from '../ui/Button.tsx';
import { CentredPage, Shell } from './Shell.tsx';
import { CouncilProvider, councilInView } from './council.tsx';
import { councilToOpen, rememberCouncil, useSession } from './session.tsx';

const councilRoute = getRouteApi('/$council');

/** `#/`: the remembered council's dashboard, or the first council's. */
export function HomeRedirect() {
  const { session, signOut } = useSession();
  const code = councilToOpen(session, null);
  if (code === null) return <NoCouncil email={session.user.email} onSignOut={signOut} />;
  return <Navigate to="/$council/dashboard" params={{ council: code }} replace />;
}

export function CouncilLayout() {
  const { council: code } = councilRoute.useParams();
  const { session, signOut } = useSession();
  const membership = session.councils.find((c) => c.code === code);

  useEffect(() => {
    if (membership) rememberCouncil(membership.code);
  }, [membership]);

  if (!membership) {
    const other = councilToOpen(session, null);
    if (other === null) return <NoCouncil email={session.user.email} onSignOut={signOut} />;
    return <Navigate to="/$council/dashboard" params={{ council: other }} replace />;
  }
  return (
    <CouncilProvider value={councilInView(membership)}>
      <Shell>
        <Outlet />
      </Shell>
    </CouncilProvider>
  );
}

function NoCouncil({ email, onSignOut }: { email: string; onSignOut: () => Promise<void> }) {
  return (
    <CentredPage>
      <h1>No council yet</h1>
      <p>
        Your account ({email}) is not linked to any council. Ask your council&apos;s highneeds administrator
        to add you.
      </p>
      <Button variant="secondary" onClick={() => void onSignOut()}>
        Sign out
      </Button>
    </CentredPage>
  );
}
