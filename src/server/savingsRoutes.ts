import type { Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import {
  getSavingsDelivery,
  recordSavingsDelivery,
  setConditionSavingsLines,
} from '../services/savings/delivery';
import { jsonBody } from './body';
import { actorOf } from './session';

/** Routes of savings delivery by line and the lines each Safety Valve condition counts (docs/api.md, "Savings delivery"). */
export function savingsRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/savings';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');

  app.get(`${base}/delivery`, async (c) =>
    c.json(await getSavingsDelivery(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.post(`${base}/delivery`, async (c) => {
    const actor = await actorOf(c, ctx);
    const body = (await jsonBody(c)) as { version?: unknown; financialYear?: unknown; asAt?: unknown };
    await recordSavingsDelivery(ctx, actor, code(c), body);
    return c.json(
      await getSavingsDelivery(ctx, actor, code(c), {
        version: body.version,
        financialYear: body.financialYear,
        asAt: body.asAt,
      }),
      201,
    );
  });

  app.put(`${base}/conditions/:condition/lines`, async (c) => {
    const body = (await jsonBody(c)) as { lineKeys?: unknown };
    const keys = Array.isArray(body.lineKeys)
      ? body.lineKeys.filter((k): k is string => typeof k === 'string')
      : [];
    await setConditionSavingsLines(ctx, await actorOf(c, ctx), code(c), c.req.param('condition'), keys);
    return c.json({ condition: c.req.param('condition'), lineKeys: keys });
  });
}
