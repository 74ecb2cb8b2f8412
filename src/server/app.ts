import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { signIn, signOut } from '../services/auth';
import { listAuditTrail } from '../services/auditTrail';
import type { ServiceContext } from '../services/context';
import { councilForActor, listCouncils, updateCouncilDetails } from '../services/councils';
import { ServiceError } from '../services/errors';
import { addCouncilUser, listCouncilUsers } from '../services/users';
import { jsonBody } from './body';
import { financialModelRoutes } from './financialModelRoutes';
import { kpiRoutes } from './kpiRoutes';
import { registerNationalRoutes } from './nationalRoutes';
import { registerNationalForecastRoutes } from './nationalForecastRoutes';
import { placementsRoutes } from './placementsRoutes';
import { safetyValveRoutes } from './safetyValveRoutes';
import { forecastRoutes } from './forecastRoutes';
import { reformPlanRoutes } from './reformPlanRoutes';
import { clientOf } from './client';
import { actorOf, clearSessionCookie, sessionToken, setSessionCookie } from './session';

export interface AppOptions {
  /** Serves the built web app for every path outside /api (the CLI passes this; tests need not). */
  staticRoutes?: (app: Hono) => void;
  /** Called with unexpected errors; never given request bodies (they can hold personal data). */
  logError?: (error: unknown) => void;
}

/** The HTTP API: thin routes that parse, call a service and answer. */
export function createApp(ctx: ServiceContext, options: AppOptions = {}): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ServiceError) {
      const problems =
        'problems' in error && Array.isArray(error.problems) ? { problems: error.problems as string[] } : {};
      return c.json(
        { error: error.message, ...(error.field ? { field: error.field } : {}), ...problems },
        error.status,
      );
    }
    if (error instanceof HTTPException) return error.getResponse();
    (options.logError ?? console.error)(error);
    return c.json({ error: 'Something went wrong on the server. The error has been logged.' }, 500);
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', database: ctx.databaseKind }));

  app.post('/api/session', async (c) => {
    const signedIn = await signIn(ctx, await jsonBody(c), clientOf(c));
    setSessionCookie(c, signedIn.token, signedIn.expiresAt);
    const actor = { kind: 'user', user: signedIn.user } as const;
    return c.json(sessionView(signedIn.user, await listCouncils(ctx, actor)));
  });

  app.get('/api/session', async (c) => {
    const actor = await actorOf(c, ctx);
    if (actor.kind !== 'user') throw new ServiceError('Please sign in.', 401);
    return c.json(sessionView(actor.user, await listCouncils(ctx, actor)));
  });

  app.delete('/api/session', async (c) => {
    await signOut(ctx, sessionToken(c));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/api/councils', async (c) => c.json({ councils: await listCouncils(ctx, await actorOf(c, ctx)) }));

  app.get('/api/councils/:code', async (c) =>
    c.json(await councilForActor(ctx, await actorOf(c, ctx), c.req.param('code'))),
  );

  app.patch('/api/councils/:code', async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await updateCouncilDetails(ctx, actor, c.req.param('code'), await jsonBody(c)));
  });

  app.get('/api/councils/:code/audit', async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json({ entries: await listAuditTrail(ctx, actor, c.req.param('code'), c.req.query()) });
  });

  app.get('/api/councils/:code/users', async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json({ users: await listCouncilUsers(ctx, actor, c.req.param('code')) });
  });

  app.post('/api/councils/:code/users', async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await addCouncilUser(ctx, actor, c.req.param('code'), await jsonBody(c)), 201);
  });

  financialModelRoutes(app, ctx);
  kpiRoutes(app, ctx);
  registerNationalRoutes(app, ctx);
  registerNationalForecastRoutes(app, ctx);
  placementsRoutes(app, ctx);
  safetyValveRoutes(app, ctx);
  forecastRoutes(app, ctx);
  reformPlanRoutes(app, ctx);

  app.all('/api/*', (c) => c.json({ error: `There is no API route ${c.req.method} ${c.req.path}.` }, 404));

  options.staticRoutes?.(app);
  return app;
}

function sessionView(
  user: { id: number; email: string; displayName: string; isSystemAdmin: boolean },
  councils: Awaited<ReturnType<typeof listCouncils>>,
) {
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isSystemAdmin: user.isSystemAdmin,
    },
    councils,
  };
}
