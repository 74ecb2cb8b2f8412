import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { changeCouncilRole, removeCouncilRole, resetCouncilUserPassword } from '../services/councilPeople';
import { ValidationError } from '../services/errors';
import { changeOwnPassword } from '../services/ownPassword';
import { jsonBody } from './body';
import { actorOf } from './session';

/** A person's id from the path, or a 400 naming it. */
function personOf(c: Context): { id: number } {
  const id = Number(c.req.param('id'));
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new ValidationError(`'${c.req.param('id') ?? ''}' is not a person's id.`, 'id');
  return { id };
}

/** Routes of people and roles in a council, and of a person's own password (docs/api.md, "People and roles"). */
export function peopleRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/users/:id';
  const code = (c: Context) => c.req.param('code') ?? '';

  app.patch(base, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await changeCouncilRole(ctx, actor, code(c), personOf(c), await jsonBody(c)));
  });

  app.delete(base, async (c) => {
    await removeCouncilRole(ctx, await actorOf(c, ctx), code(c), personOf(c));
    return c.body(null, 204);
  });

  app.post(`${base}/password`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await resetCouncilUserPassword(ctx, actor, code(c), personOf(c), await jsonBody(c)));
  });

  app.put('/api/session/password', async (c) => {
    await changeOwnPassword(ctx, await actorOf(c, ctx), await jsonBody(c));
    return c.body(null, 204);
  });
}
