import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import type { Actor } from '../services/permissions';
import { ValidationError } from '../services/errors';
import {
  addBody,
  addItem,
  addMeeting,
  governanceView,
  setItemStatus,
  updateBody,
  updateItem,
  updateMeeting,
} from '../services/governance';
import { jsonBody } from './body';
import { actorOf } from './session';

/** A number in the address (`/items/12`), or a 400 naming what it should have been. */
function idOf(text: string, what: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new ValidationError(`"${text}" is not ${what} number.`, 'id');
  return id;
}

/** Routes of the meeting cycle and the governance tracker (docs/api.md, "Governance"). */
export function governanceRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/governance';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');

  app.get(base, async (c) => {
    const asAt = c.req.query('asAt');
    return c.json(await governanceView(ctx, await actorOf(c, ctx), code(c), asAt ? { asAt } : {}));
  });

  // Each write answers with the whole view as at today, so the page shows the change with what it moved.
  const answer = (c: Context, actor: Actor) => governanceView(ctx, actor, c.req.param('code') ?? '');

  app.post(`${base}/bodies`, async (c) => {
    const actor = await actorOf(c, ctx);
    await addBody(ctx, actor, code(c), await jsonBody(c));
    return c.json(await answer(c, actor), 201);
  });
  app.put(`${base}/bodies/:id`, async (c) => {
    const actor = await actorOf(c, ctx);
    await updateBody(ctx, actor, code(c), idOf(c.req.param('id'), 'a body'), await jsonBody(c));
    return c.json(await answer(c, actor));
  });

  app.post(`${base}/meetings`, async (c) => {
    const actor = await actorOf(c, ctx);
    await addMeeting(ctx, actor, code(c), await jsonBody(c));
    return c.json(await answer(c, actor), 201);
  });
  app.put(`${base}/meetings/:id`, async (c) => {
    const actor = await actorOf(c, ctx);
    await updateMeeting(ctx, actor, code(c), idOf(c.req.param('id'), 'a meeting'), await jsonBody(c));
    return c.json(await answer(c, actor));
  });

  app.post(`${base}/items`, async (c) => {
    const actor = await actorOf(c, ctx);
    await addItem(ctx, actor, code(c), await jsonBody(c));
    return c.json(await answer(c, actor), 201);
  });
  app.put(`${base}/items/:id`, async (c) => {
    const actor = await actorOf(c, ctx);
    await updateItem(ctx, actor, code(c), idOf(c.req.param('id'), 'an entry'), await jsonBody(c));
    return c.json(await answer(c, actor));
  });
  app.post(`${base}/items/:id/status`, async (c) => {
    const actor = await actorOf(c, ctx);
    await setItemStatus(ctx, actor, code(c), idOf(c.req.param('id'), 'an entry'), await jsonBody(c));
    return c.json(await answer(c, actor));
  });
}
