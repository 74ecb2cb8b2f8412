import type { ServiceContext } from './context';
import { listCouncils } from './councils';
import type { Actor, SessionUser } from './permissions';

/**
 * What the web app knows about the signed-in person: who they are, and for each council they can see,
 * their role and the actions it allows (the same permission table the services enforce).
 */
export async function sessionView(ctx: ServiceContext, user: SessionUser) {
  const actor: Actor = { kind: 'user', user };
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isSystemAdmin: user.isSystemAdmin,
      /** Signed in with a one-time password: the web asks for a new one before anything else. */
      mustChangePassword: user.mustChangePassword === true,
    },
    councils: await listCouncils(ctx, actor),
  };
}

/** The session as the web receives it. */
export type SessionView = Awaited<ReturnType<typeof sessionView>>;
