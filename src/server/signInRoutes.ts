import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { clearSignInThrottles, listSignInThrottles } from '../services/signInThrottles';
import { actorOf } from './session';

const filters = (c: Context) => {
  const email = c.req.query('email');
  const address = c.req.query('address');
  return { ...(email !== undefined ? { email } : {}), ...(address !== undefined ? { address } : {}) };
};

/** Sign-in counters: a council administrator's view of its members, a system administrator's of all (docs/api.md). */
export function signInRoutes(app: Hono, ctx: ServiceContext): void {
  app.get('/api/councils/:code/sign-in-throttles', async (c) =>
    c.json({ throttles: await listSignInThrottles(ctx, await actorOf(c, ctx), c.req.param('code')) }),
  );
  app.delete('/api/councils/:code/sign-in-throttles', async (c) =>
    c.json(await clearSignInThrottles(ctx, await actorOf(c, ctx), c.req.param('code'), filters(c))),
  );
  app.get('/api/sign-in-throttles', async (c) =>
    c.json({ throttles: await listSignInThrottles(ctx, await actorOf(c, ctx)) }),
  );
  app.delete('/api/sign-in-throttles', async (c) =>
    c.json(await clearSignInThrottles(ctx, await actorOf(c, ctx), undefined, filters(c))),
  );
}
