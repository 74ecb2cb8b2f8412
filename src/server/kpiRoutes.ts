import type { Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { kpiDashboard } from '../services/kpi/dashboard';
import { defineKpi, getKpiSet, importKpiSet } from '../services/kpi/definitions';
import { evaluateCouncilKpis, kpiHistory } from '../services/kpi/evaluation';
import { recordKpiValue, setKpiPeriod } from '../services/kpi/values';
import { jsonBody } from './body';
import { editBody, revisionOptions, setRevisionTag } from './revision';
import { actorOf } from './session';

/** Routes of the KPIs (docs/api.md, "KPIs"). */
export function kpiRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/kpis';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');

  app.post(base, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(
      await importKpiSet(ctx, actor, code(c), await jsonBody(c), {
        replace: c.req.query('replace') === 'true',
        ...revisionOptions(c),
      }),
      201,
    );
  });

  app.get(`${base}/evaluation`, async (c) => {
    const actor = await actorOf(c, ctx);
    const { period, targetVersion, valueVersion } = c.req.query();
    return c.json(
      await evaluateCouncilKpis(ctx, actor, code(c), {
        period: period ?? '',
        ...(targetVersion ? { targetVersion } : {}),
        ...(valueVersion ? { valueVersion } : {}),
      }),
    );
  });

  app.get(`${base}/dashboard`, async (c) => {
    const period = c.req.query('period');
    return c.json(await kpiDashboard(ctx, await actorOf(c, ctx), code(c), period ? { period } : {}));
  });

  app.put(`${base}/periods/:period`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await setKpiPeriod(ctx, actor, code(c), c.req.param('period'), await editBody(c)));
  });

  app.get(`${base}/:year`, async (c) => {
    const set = await getKpiSet(ctx, await actorOf(c, ctx), code(c), c.req.param('year'));
    setRevisionTag(c, set.revision);
    return c.json(set);
  });

  app.put(`${base}/:year/:ref`, async (c) => {
    const actor = await actorOf(c, ctx);
    const targetVersion = c.req.query('targetVersion');
    return c.json(
      await defineKpi(
        ctx,
        actor,
        code(c),
        { financialYear: c.req.param('year'), ...(targetVersion ? { targetVersion } : {}) },
        { ...((await editBody(c)) as object), ref: c.req.param('ref') },
      ),
    );
  });

  app.get(`${base}/:year/:ref/history`, async (c) =>
    c.json(await kpiHistory(ctx, await actorOf(c, ctx), code(c), c.req.param('year'), c.req.param('ref'))),
  );

  app.put(`${base}/:year/:ref/values/:period`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(
      await recordKpiValue(ctx, actor, code(c), c.req.param('ref'), c.req.param('period'), await editBody(c)),
    );
  });
}
