import type { Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import {
  compareCouncilVersions,
  councilChecks,
  setVarianceTolerance,
  varianceTolerance,
} from '../services/financialModel/comparison';
import { addLine, removeLine, setLineAmount, updateLine } from '../services/financialModel/lineEdits';
import { getRecoveryPlanDocument } from '../services/financialModel/recoveryPlanDocuments';
import { savingsPlan } from '../services/financialModel/savings';
import {
  copyVersion,
  deleteVersion,
  freezeVersion,
  getVersion,
  importVersion,
  listVersions,
} from '../services/financialModel/versions';
import { councilRowVersion, requireCouncil } from '../services/councils';
import { planToJson } from '../io/financialModel/writePlanJson';
import { exportVersionWorkbook, importVersionWorkbook } from '../services/financialModel/gridWorkbookService';
import { exportRecoveryPlan, importRecoveryPlan } from '../services/financialModel/recoveryPlanWorkbook';
import { jsonBody } from './body';
import { editBody, ifMatchRevision, revisionOptions, setRevisionTag } from './revision';
import { actorOf } from './session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Routes of the DSG financial model (docs/api.md, "Financial model"). */
export function financialModelRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/model';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');

  app.get(`${base}/versions`, async (c) =>
    c.json({ versions: await listVersions(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.post(`${base}/versions`, async (c) => {
    const actor = await actorOf(c, ctx);
    const replace = c.req.query('replace') === 'true';
    // Replacing a version may name the revision it was exported at (If-Match), so a newer edit is not lost.
    const expected = ifMatchRevision(c);
    const options = { replace, ...(expected === undefined ? {} : { expectedRevision: expected }) };
    const type = c.req.header('content-type') ?? '';
    if (type.startsWith('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')) {
      const file = Buffer.from(await c.req.arrayBuffer());
      return c.json(await importVersionWorkbook(ctx, actor, code(c), file, options), 201);
    }
    return c.json(await importVersion(ctx, actor, code(c), await jsonBody(c), options), 201);
  });

  app.get(`${base}/versions/:name`, async (c) => {
    const result = await getVersion(ctx, await actorOf(c, ctx), code(c), c.req.param('name'));
    if (c.req.query('format') === 'xlsx') {
      const file = await exportVersionWorkbook(ctx, await actorOf(c, ctx), code(c), c.req.param('name'));
      return c.body(new Uint8Array(file), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${c.req.param('name').replace(/[^A-Za-z0-9 ,._-]/g, '')}.xlsx"`,
      });
    }
    if (c.req.query('format') === 'json-file') {
      return c.json(planToJson(result.plan), 200, {
        'content-disposition': `attachment; filename="${result.plan.version.replace(/[^A-Za-z0-9 ,._-]/g, '')}.json"`,
      });
    }
    setRevisionTag(c, result.version.revision);
    return c.json(result);
  });

  app.delete(`${base}/versions/:name`, async (c) => {
    const actor = await actorOf(c, ctx);
    await deleteVersion(ctx, actor, code(c), c.req.param('name'), revisionOptions(c));
    return c.body(null, 204);
  });

  app.post(`${base}/versions/:name/freeze`, async (c) => {
    const actor = await actorOf(c, ctx);
    const frozen = await freezeVersion(ctx, actor, code(c), c.req.param('name'), revisionOptions(c));
    setRevisionTag(c, frozen.revision);
    return c.json(frozen);
  });

  app.post(`${base}/versions/:name/copy`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await copyVersion(ctx, actor, code(c), c.req.param('name'), await jsonBody(c)), 201);
  });

  app.post(`${base}/versions/:name/lines`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await addLine(ctx, actor, code(c), c.req.param('name'), await jsonBody(c)), 201);
  });

  app.patch(`${base}/versions/:name/lines/:line`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(
      await updateLine(ctx, actor, code(c), c.req.param('name'), c.req.param('line'), await editBody(c)),
    );
  });

  app.delete(`${base}/versions/:name/lines/:line`, async (c) => {
    const actor = await actorOf(c, ctx);
    const options = revisionOptions(c);
    await removeLine(ctx, actor, code(c), c.req.param('name'), c.req.param('line'), options);
    return c.body(null, 204);
  });

  app.put(`${base}/versions/:name/lines/:line/amounts`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(
      await setLineAmount(ctx, actor, code(c), c.req.param('name'), c.req.param('line'), await editBody(c)),
    );
  });

  app.get(`${base}/versions/:name/recovery-plan`, async (c) => {
    const actor = await actorOf(c, ctx);
    if (c.req.query('format') === 'xlsx') {
      const file = await exportRecoveryPlan(ctx, actor, code(c), c.req.param('name'));
      return c.body(new Uint8Array(file), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="DSG deficit recovery plan ${code(c)}.xlsx"`,
      });
    }
    return c.json(await getRecoveryPlanDocument(ctx, actor, code(c), c.req.param('name')));
  });

  app.post(`${base}/recovery-plans`, async (c) => {
    const actor = await actorOf(c, ctx);
    if (!(c.req.header('content-type') ?? '').startsWith(XLSX)) {
      return c.json({ error: `Send the recovery plan workbook with Content-Type: ${XLSX}.` }, 415);
    }
    const file = Buffer.from(await c.req.arrayBuffer());
    return c.json(
      await importRecoveryPlan(ctx, actor, code(c), file, {
        replace: c.req.query('replace') === 'true',
        ...(c.req.query('name') ? { name: c.req.query('name') } : {}),
      }),
      201,
    );
  });

  app.get(`${base}/versions/:name/savings`, async (c) =>
    c.json(await savingsPlan(ctx, await actorOf(c, ctx), code(c), c.req.param('name'))),
  );

  app.get(`${base}/compare`, async (c) =>
    c.json(await compareCouncilVersions(ctx, await actorOf(c, ctx), code(c), c.req.query())),
  );

  app.get(`${base}/checks`, async (c) =>
    c.json({ failures: await councilChecks(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.get(`${base}/tolerance`, async (c) => {
    const council = await requireCouncil(ctx, await actorOf(c, ctx), code(c), 'council.read');
    // The tolerance is kept on the council's row: its revision is the council's.
    const { revision } = await councilRowVersion(ctx.db, council.id);
    setRevisionTag(c, revision);
    return c.json({ ...(await varianceTolerance(ctx, council)), revision });
  });

  app.put(`${base}/tolerance`, async (c) => {
    const actor = await actorOf(c, ctx);
    const tolerance = await setVarianceTolerance(ctx, actor, code(c), await editBody(c));
    const council = await requireCouncil(ctx, actor, code(c), 'council.read');
    const { revision } = await councilRowVersion(ctx.db, council.id);
    setRevisionTag(c, revision);
    return c.json({ ...tolerance, revision });
  });
}
