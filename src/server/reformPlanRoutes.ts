import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { NotFoundError } from '../services/errors';
import {
  addMitigation,
  removeMitigation,
  reorderMitigations,
  updateMitigation,
} from '../services/reformPlan/planMitigations';
import { previewReformPlanPush, pushReformPlan } from '../services/reformPlan/planPush';
import { getReformPlanRun, startReformPlanRun } from '../services/reformPlan/planRuns';
import {
  createReformPlan,
  deleteReformPlan,
  getReformPlan,
  listReformPlans,
  updateReformPlan,
} from '../services/reformPlan/plans';
import { runCouncilReformPlan } from '../services/reformPlan/reformPlanRun';
import { jsonBody } from './body';
import { actorOf } from './session';

const numberParam = (c: Context, name: string, what: string) => {
  const text = c.req.param(name) ?? '';
  if (!/^\d{1,9}$/.test(text)) throw new NotFoundError(`'${text}' is not a ${what} number.`);
  return Number(text);
};

/** Routes of the local SEND reform plan (docs/api.md, "Reform plan"). */
export function reformPlanRoutes(app: Hono, ctx: ServiceContext): void {
  const code = (c: Context) => c.req.param('code') ?? '';
  const plan = (c: Context) => numberParam(c, 'plan', 'reform plan');
  const key = (c: Context) => c.req.param('key') ?? '';
  const base = '/api/councils/:code/reform-plans';
  app.post('/api/councils/:code/reform-plan/run', async (c) =>
    c.json(await runCouncilReformPlan(ctx, await actorOf(c, ctx), code(c), await jsonBody(c))),
  );
  app.get(base, async (c) => c.json({ plans: await listReformPlans(ctx, await actorOf(c, ctx), code(c)) }));
  app.post(base, async (c) =>
    c.json(await createReformPlan(ctx, await actorOf(c, ctx), code(c), await jsonBody(c)), 201),
  );
  app.get(`${base}/:plan`, async (c) =>
    c.json(await getReformPlan(ctx, await actorOf(c, ctx), code(c), plan(c))),
  );
  app.patch(`${base}/:plan`, async (c) =>
    c.json(await updateReformPlan(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c))),
  );
  app.delete(`${base}/:plan`, async (c) =>
    c.json(await deleteReformPlan(ctx, await actorOf(c, ctx), code(c), plan(c))),
  );
  app.post(`${base}/:plan/mitigations`, async (c) =>
    c.json(await addMitigation(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c)), 201),
  );
  app.put(`${base}/:plan/mitigations/order`, async (c) =>
    c.json(await reorderMitigations(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c))),
  );
  app.put(`${base}/:plan/mitigations/:key`, async (c) =>
    c.json(await updateMitigation(ctx, await actorOf(c, ctx), code(c), plan(c), key(c), await jsonBody(c))),
  );
  app.delete(`${base}/:plan/mitigations/:key`, async (c) =>
    c.json(await removeMitigation(ctx, await actorOf(c, ctx), code(c), plan(c), key(c))),
  );
  // 202: the run's forecasts are jobs; poll GET .../runs/N (or the plan) for its progress.
  app.post(`${base}/:plan/runs`, async (c) =>
    c.json(
      { run: await startReformPlanRun(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c)) },
      202,
    ),
  );
  app.get(`${base}/:plan/runs/:number`, async (c) =>
    c.json(
      await getReformPlanRun(ctx, await actorOf(c, ctx), code(c), plan(c), numberParam(c, 'number', 'run')),
    ),
  );
  app.post(`${base}/:plan/push/preview`, async (c) =>
    c.json(await previewReformPlanPush(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c))),
  );
  app.post(`${base}/:plan/push`, async (c) =>
    c.json(await pushReformPlan(ctx, await actorOf(c, ctx), code(c), plan(c), await jsonBody(c))),
  );
}
