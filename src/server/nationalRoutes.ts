import type { Hono } from 'hono';
import { benchmarkMeasures } from '../core/benchmark/measures';
import type { ServiceContext } from '../services/context';
import { requireNationalDataReader } from '../services/national/nationalAccess';
import { nationalBenchmark } from '../services/national/nationalBenchmark';
import { listNationalReleases } from '../services/national/nationalReleases';
import { actorOf } from './session';

/** Read-only routes of the published DfE data and benchmarking (docs/api.md, "National data"). */
export function registerNationalRoutes(app: Hono, ctx: ServiceContext): void {
  app.get('/api/national/releases', async (c) =>
    c.json({ releases: await listNationalReleases(ctx, await actorOf(c, ctx)) }),
  );

  app.get('/api/national/measures', async (c) => {
    requireNationalDataReader(await actorOf(c, ctx));
    const measures = benchmarkMeasures.map((m) => ({
      id: m.id,
      label: m.label,
      topic: m.topic,
      unit: m.unit,
      direction: m.direction,
    }));
    return c.json({ measures });
  });

  app.get('/api/national/benchmark/:code/:year', async (c) => {
    const actor = await actorOf(c, ctx);
    const measures = c.req.queries('measure');
    const input = {
      council: c.req.param('code'),
      year: c.req.param('year'),
      ...(measures ? { measures } : {}),
      ...(c.req.query('redFrom') ? { redFrom: c.req.query('redFrom') } : {}),
      ...(c.req.query('amberFrom') ? { amberFrom: c.req.query('amberFrom') } : {}),
    };
    return c.json(await nationalBenchmark(ctx, actor, input));
  });
}
