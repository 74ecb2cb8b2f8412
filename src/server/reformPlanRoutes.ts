import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { runCouncilReformPlan } from '../services/reformPlan/reformPlanRun';
import { jsonBody } from './body';
import { actorOf } from './session';

/** Routes of the local SEND reform plan (docs/api.md, "Reform plan"). */
export function reformPlanRoutes(app: Hono, ctx: ServiceContext): void {
  const code = (c: Context) => c.req.param('code') ?? '';
  app.post('/api/councils/:code/reform-plan/run', async (c) =>
    c.json(await runCouncilReformPlan(ctx, await actorOf(c, ctx), code(c), await jsonBody(c))),
  );
}
