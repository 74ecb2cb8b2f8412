import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { placementChanges } from '../services/placements/changes';
import {
  deletePlacementSnapshot,
  importPlacements,
  PlacementFileInvalidError,
} from '../services/placements/imports';
import { previewPlacements } from '../services/placements/preview';
import { listPlacementSnapshots, placementRecords } from '../services/placements/records';
import { getPlacementSettings, setPlacementSettings } from '../services/placements/settings';
import { placementSummary } from '../services/placements/summary';
import { placementTemplate } from '../services/placements/template';
import { editBody, revisionOptions, setRevisionTag } from './revision';
import { actorOf } from './session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The uploaded register: CSV (text/csv) or XLSX sent as the raw body; other types are refused (and so are cross-site forms). */
async function registerBody(c: Context): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('text/csv') && !type.startsWith(XLSX)) {
    throw new ServiceError(
      `Send the register as the request body with Content-Type text/csv or ${XLSX}.`,
      415,
    );
  }
  return new Uint8Array(await c.req.arrayBuffer());
}

/** Routes of the placement register (docs/api.md, "Placement register"). */
export function placementsRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/placements';
  const code = (c: Context) => c.req.param('code') ?? '';

  app.get(`${base}/snapshots`, async (c) =>
    c.json({ snapshots: await listPlacementSnapshots(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.post(`${base}/snapshots`, async (c) => {
    const actor = await actorOf(c, ctx);
    const content = await registerBody(c);
    const input = {
      asAt: c.req.query('asAt') ?? '',
      replace: c.req.query('replace') === 'true',
      ...(c.req.query('source') ? { source: c.req.query('source') } : {}),
      // Replacing a register may name the revision read (If-Match), so a newer import is not lost.
      ...revisionOptions(c),
    };
    try {
      return c.json(await importPlacements(ctx, actor, code(c), content, input), 201);
    } catch (error) {
      if (!(error instanceof PlacementFileInvalidError)) throw error;
      // Every problem, as data for the import page and as sentences; the values are the uploader's own.
      return c.json(
        { error: error.message.split('\n')[0], errors: error.errors, problems: error.problems },
        400,
      );
    }
  });

  // Checks a file without saving it (the import page's preview): the same problems as an import, as data.
  app.post(`${base}/preview`, async (c) => {
    const actor = await actorOf(c, ctx);
    const content = await registerBody(c);
    try {
      return c.json(
        await previewPlacements(ctx, actor, code(c), content, { asAt: c.req.query('asAt') ?? '' }),
      );
    } catch (error) {
      if (!(error instanceof PlacementFileInvalidError)) throw error;
      return c.json(
        { error: error.message.split('\n')[0], errors: error.errors, problems: error.problems },
        400,
      );
    }
  });

  app.delete(`${base}/snapshots/:asAt`, async (c) => {
    const actor = await actorOf(c, ctx);
    await deletePlacementSnapshot(ctx, actor, code(c), c.req.param('asAt'), revisionOptions(c));
    return c.body(null, 204);
  });

  app.get(`${base}/summary`, async (c) =>
    c.json(await placementSummary(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.get(`${base}/records`, async (c) =>
    c.json(await placementRecords(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.get(`${base}/changes`, async (c) =>
    c.json(await placementChanges(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.get(`${base}/template`, async (c) => {
    const file = await placementTemplate(ctx, await actorOf(c, ctx), code(c), c.req.query());
    return c.body(new Uint8Array(file), 200, {
      'content-type': XLSX,
      'content-disposition': 'attachment; filename="placements-template.xlsx"',
    });
  });

  app.get(`${base}/settings`, async (c) => {
    const settings = await getPlacementSettings(ctx, await actorOf(c, ctx), code(c));
    setRevisionTag(c, settings.revision);
    return c.json(settings);
  });

  app.put(`${base}/settings`, async (c) => {
    const actor = await actorOf(c, ctx);
    const settings = await setPlacementSettings(ctx, actor, code(c), await editBody(c));
    setRevisionTag(c, settings.revision);
    return c.json(settings);
  });
}
