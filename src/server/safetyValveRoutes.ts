import type { Context, Hono } from 'hono';
import type { Actor } from '../services/permissions';
import type { ServiceContext } from '../services/context';
import { getAgreement, recordPayment, saveAgreement } from '../services/safetyValve/agreement';
import { quarterlyReport, reportFileName, type ReportFormat } from '../services/safetyValve/report';
import {
  createReturn,
  listReturns,
  setConditionProgress,
  updateReturn,
} from '../services/safetyValve/returns';
import { returnView } from '../services/safetyValve/returnView';
import { reopenReturn, signReturn } from '../services/safetyValve/signOff';
import { jsonBody } from './body';
import { editBody, setRevisionTag } from './revision';
import { actorOf } from './session';

const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Routes of the Safety Valve agreement and quarterly returns (docs/api.md, "Safety Valve"). */
export function safetyValveRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/safety-valve';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');
  const period = (c: { req: { param(name: 'period'): string } }) => c.req.param('period');

  app.get(`${base}/agreement`, async (c) => {
    const projectionVersion = c.req.query('projectionVersion');
    const view = await getAgreement(
      ctx,
      await actorOf(c, ctx),
      code(c),
      projectionVersion ? { projectionVersion } : {},
    );
    setRevisionTag(c, view.revision);
    return c.json(view);
  });

  app.put(`${base}/agreement`, async (c) => {
    const actor = await actorOf(c, ctx);
    await saveAgreement(ctx, actor, code(c), await editBody(c));
    const view = await getAgreement(ctx, actor, code(c));
    setRevisionTag(c, view.revision);
    return c.json(view);
  });

  app.put(`${base}/agreement/payments/:year/:instalment`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(
      await recordPayment(
        ctx,
        actor,
        code(c),
        c.req.param('year'),
        c.req.param('instalment'),
        await editBody(c),
      ),
    );
  });

  app.get(`${base}/returns`, async (c) =>
    c.json({ returns: await listReturns(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.post(`${base}/returns`, async (c) => {
    const actor = await actorOf(c, ctx);
    const created = await createReturn(ctx, actor, code(c), await jsonBody(c));
    return c.json(await returnView(ctx, actor, code(c), created.period), 201);
  });

  /** Answers with the return view and its revision as the ETag. */
  const viewOf = async (c: Context, actor: Actor, status: 200 | 201 = 200) => {
    const view = await returnView(ctx, actor, code(c), period(c));
    setRevisionTag(c, view.revision);
    return c.json(view, status);
  };

  app.get(`${base}/returns/:period`, async (c) => viewOf(c, await actorOf(c, ctx)));

  app.patch(`${base}/returns/:period`, async (c) => {
    const actor = await actorOf(c, ctx);
    await updateReturn(ctx, actor, code(c), period(c), await editBody(c));
    return viewOf(c, actor);
  });

  app.put(`${base}/returns/:period/conditions/:number`, async (c) => {
    const actor = await actorOf(c, ctx);
    await setConditionProgress(ctx, actor, code(c), period(c), c.req.param('number'), await editBody(c));
    return viewOf(c, actor);
  });

  app.post(`${base}/returns/:period/sign-off`, async (c) => {
    const actor = await actorOf(c, ctx);
    await signReturn(ctx, actor, code(c), period(c), await editBody(c));
    return viewOf(c, actor);
  });

  app.post(`${base}/returns/:period/reopen`, async (c) => {
    const actor = await actorOf(c, ctx);
    await reopenReturn(ctx, actor, code(c), period(c), await editBody(c));
    return viewOf(c, actor);
  });

  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(`${base}/returns/:period/report.${format}`, async (c) => {
      const actor = await actorOf(c, ctx);
      const file = await quarterlyReport(ctx, actor, code(c), period(c), format);
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': contentTypes[format],
        'content-disposition': `attachment; filename="${reportFileName(file.councilName, period(c), format)}"`,
      });
    });
  }
}
