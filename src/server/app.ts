import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { signIn, signOut } from '../services/auth';
import { listAuditTrail } from '../services/auditTrail';
import type { ServiceContext } from '../services/context';
import { councilForActor, listCouncils, updateCouncilDetails } from '../services/councils';
import { ServiceError } from '../services/errors';
import { sessionView } from '../services/session';
import { addCouncilUser, listCouncilUsers } from '../services/users';
import { jsonBody } from './body';
import { editBody, setRevisionTag } from './revision';
import { dashboardRoutes } from './dashboardRoutes';
import { financialModelRoutes } from './financialModelRoutes';
import { kpiRoutes } from './kpiRoutes';
import { registerNationalRoutes } from './nationalRoutes';
import { registerNationalForecastRoutes } from './nationalForecastRoutes';
import { governanceRoutes } from './governanceRoutes';
import { papersRoutes } from './papersRoutes';
import { savingsRoutes } from './savingsRoutes';
import { placementsRoutes } from './placementsRoutes';
import { safetyValveRoutes } from './safetyValveRoutes';
import { forecastRoutes } from './forecastRoutes';
import { peopleRoutes } from './peopleRoutes';
import { sen2Routes } from './sen2Routes';
import { signInRoutes } from './signInRoutes';
import {
  addressGuard,
  bodyLimitGuard,
  clientAddress,
  defaultDeployment,
  originGuard,
  securityHeaders,
  withDeployment,
  type DeploymentSettings,
} from './guard';
import { reformPlanRoutes } from './reformPlanRoutes';
import { actorOf, clearSessionCookie, sessionToken, setSessionCookie } from './session';

export interface AppOptions {
  /** Serves the built web app for every path outside /api (the CLI passes this; tests need not). */
  staticRoutes?: (app: Hono) => void;
  /** Called with unexpected errors; never given request bodies (they can hold personal data). */
  logError?: (error: unknown) => void;
  /** Proxy, cookie and origin settings (`serve --trust-proxy`, HIGHNEEDS_* variables); defaults otherwise. */
  deployment?: DeploymentSettings;
}

/** The HTTP API: thin routes that parse, call a service and answer. */
export function createApp(ctx: ServiceContext, options: AppOptions = {}): Hono {
  const app = new Hono();

  // The HTTP guard (src/server/guard): headers on every answer, then the address, the origin of writes
  // and the body size, all before any route reads anything.
  app.use('*', securityHeaders());
  app.use('*', withDeployment(options.deployment ?? defaultDeployment));
  app.use('*', addressGuard());
  app.use('/api/*', originGuard());
  app.use('/api/*', bodyLimitGuard());

  app.onError((error, c) => {
    // One error shape everywhere: { error, field?, problems? } (docs/api.md, "Errors").
    if (error instanceof ServiceError) {
      const problems =
        'problems' in error && Array.isArray(error.problems) ? { problems: error.problems as string[] } : {};
      // A stale write (409) carries the current value, its revision, and who changed it when.
      const conflict = 'conflict' in error ? { conflict: error.conflict } : {};
      return c.json(
        { error: error.message, ...(error.field ? { field: error.field } : {}), ...problems, ...conflict },
        error.status,
      );
    }
    if (error instanceof HTTPException) return error.getResponse();
    (options.logError ?? console.error)(error);
    return c.json({ error: 'Something went wrong on the server. The error has been logged.' }, 500);
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', database: ctx.databaseKind }));

  app.post('/api/session', async (c) => {
    const signedIn = await signIn(ctx, await jsonBody(c), clientAddress(c));
    setSessionCookie(c, signedIn.token, signedIn.expiresAt);
    return c.json(await sessionView(ctx, signedIn.user));
  });

  app.get('/api/session', async (c) => {
    const actor = await actorOf(c, ctx);
    if (actor.kind !== 'user') throw new ServiceError('Please sign in.', 401);
    return c.json(await sessionView(ctx, actor.user));
  });

  app.delete('/api/session', async (c) => {
    await signOut(ctx, sessionToken(c));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/api/councils', async (c) => c.json({ councils: await listCouncils(ctx, await actorOf(c, ctx)) }));

  app.get('/api/councils/:code', async (c) => {
    const view = await councilForActor(ctx, await actorOf(c, ctx), c.req.param('code'));
    setRevisionTag(c, view.revision);
    return c.json(view);
  });

  app.patch('/api/councils/:code', async (c) => {
    const actor = await actorOf(c, ctx);
    const updated = await updateCouncilDetails(ctx, actor, c.req.param('code'), await editBody(c));
    setRevisionTag(c, updated.revision);
    return c.json(updated);
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

  dashboardRoutes(app, ctx);
  financialModelRoutes(app, ctx);
  kpiRoutes(app, ctx);
  papersRoutes(app, ctx);
  governanceRoutes(app, ctx);
  savingsRoutes(app, ctx);
  registerNationalRoutes(app, ctx);
  registerNationalForecastRoutes(app, ctx);
  placementsRoutes(app, ctx);
  safetyValveRoutes(app, ctx);
  forecastRoutes(app, ctx);
  peopleRoutes(app, ctx);
  sen2Routes(app, ctx);
  signInRoutes(app, ctx);
  reformPlanRoutes(app, ctx);

  app.all('/api/*', (c) => c.json({ error: `There is no API route ${c.req.method} ${c.req.path}.` }, 404));

  options.staticRoutes?.(app);
  return app;
}
