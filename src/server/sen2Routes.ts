import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { sen2Census } from '../services/sen2/census';
import { addForecastInputsFromSen2 } from '../services/sen2/forecastInputs';
import { sen2Funnel } from '../services/sen2/funnel';
import {
  deleteSen2Return,
  importSen2Return,
  listSen2Returns,
  previewSen2Return,
  Sen2ReturnInvalidError,
} from '../services/sen2/imports';
import { sen2Quality } from '../services/sen2/quality';
import { sen2Reconciliation } from '../services/sen2/reconciliation';
import { bladeFilesOfJson, bladeFilesOfZip } from '../services/sen2/upload';
import {
  deleteUrnLookupEntry,
  downloadUrnLookup,
  importUrnLookup,
  listUrnLookup,
  putUrnLookupEntry,
} from '../services/sen2/urnLookup';
import { jsonBody } from './body';
import { actorOf } from './session';

/**
 * The uploaded export: a zip of the nine Blade CSV files (application/zip), or JSON `{"files": {NAME:
 * TEXT}}` (a browser sending the files the person chose). Other types are refused.
 */
async function exportBody(c: Context): Promise<Map<string, string>> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/zip')) {
    return bladeFilesOfZip(new Uint8Array(await c.req.arrayBuffer()));
  }
  return bladeFilesOfJson(await jsonBody(c));
}

/** A refused return as data for the import page: every finding, and the errors as sentences. */
function refused(c: Context, error: Sen2ReturnInvalidError) {
  return c.json(
    {
      error: error.message.split('\n')[0],
      errors: error.errors,
      warnings: error.warnings,
      problems: error.problems,
    },
    400,
  );
}

/** Routes of the SEN2 return (docs/api.md, "SEN2 return"). */
export function sen2Routes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/sen2';
  const code = (c: Context) => c.req.param('code') ?? '';

  app.get(`${base}/returns`, async (c) =>
    c.json({ returns: await listSen2Returns(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.post(`${base}/returns`, async (c) => {
    const actor = await actorOf(c, ctx);
    const files = await exportBody(c);
    const input = {
      replace: c.req.query('replace') === 'true',
      ...(c.req.query('source') ? { source: c.req.query('source') } : {}),
    };
    try {
      return c.json(await importSen2Return(ctx, actor, code(c), files, input), 201);
    } catch (error) {
      if (error instanceof Sen2ReturnInvalidError) return refused(c, error);
      throw error;
    }
  });

  // Checks an export without keeping it (the import page's preview): the same findings as an import.
  app.post(`${base}/preview`, async (c) => {
    const actor = await actorOf(c, ctx);
    const files = await exportBody(c);
    try {
      return c.json(await previewSen2Return(ctx, actor, code(c), files));
    } catch (error) {
      if (error instanceof Sen2ReturnInvalidError) return refused(c, error);
      throw error;
    }
  });

  app.delete(`${base}/returns/:year`, async (c) => {
    await deleteSen2Return(ctx, await actorOf(c, ctx), code(c), { year: c.req.param('year') });
    return c.body(null, 204);
  });

  app.get(`${base}/quality`, async (c) =>
    c.json(await sen2Quality(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );
  app.get(`${base}/census`, async (c) =>
    c.json(await sen2Census(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );
  app.get(`${base}/reconciliation`, async (c) =>
    c.json(await sen2Reconciliation(ctx, await actorOf(c, ctx), code(c))),
  );
  app.get(`${base}/funnel`, async (c) =>
    c.json(await sen2Funnel(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.get(`${base}/urns`, async (c) =>
    c.json({ urns: await listUrnLookup(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.get(`${base}/urns.csv`, async (c) =>
    c.body(await downloadUrnLookup(ctx, await actorOf(c, ctx), code(c)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="sen2-urn-lookup.csv"',
    }),
  );

  // The whole lookup replaced by a file (text/csv body), all or nothing.
  app.put(`${base}/urns`, async (c) => {
    const actor = await actorOf(c, ctx);
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('text/csv'))
      throw new ServiceError('Send the URN lookup file as the request body with Content-Type text/csv.', 415);
    return c.json({ urns: await importUrnLookup(ctx, actor, code(c), await c.req.text()) });
  });

  app.put(`${base}/urns/:key`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await putUrnLookupEntry(ctx, actor, code(c), c.req.param('key'), await jsonBody(c)));
  });

  app.delete(`${base}/urns/:key`, async (c) => {
    await deleteUrnLookupEntry(ctx, await actorOf(c, ctx), code(c), c.req.param('key'));
    return c.body(null, 204);
  });

  app.post(`${base}/forecast-inputs`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await addForecastInputsFromSen2(ctx, actor, code(c), await jsonBody(c)), 201);
  });
}
