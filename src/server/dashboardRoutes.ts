import type { Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { dashboardFor } from '../services/dashboard/dashboard';
import { actorOf } from './session';

/** The landing page's one request (docs/api.md, "Dashboard"). */
export function dashboardRoutes(app: Hono, ctx: ServiceContext): void {
  app.get('/api/councils/:code/dashboard', async (c) =>
    c.json(await dashboardFor(ctx, await actorOf(c, ctx), c.req.param('code'))),
  );
}
