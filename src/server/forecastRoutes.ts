import type { Context, Hono } from 'hono';
import type { ServiceContext } from '../services/context';
import { NotFoundError, ValidationError } from '../services/errors';
import { compareForecastRuns } from '../services/forecasts/comparison';
import { forecastRunDownload } from '../services/forecasts/downloads';
import { listForecastInputs, uploadForecastInputs } from '../services/forecasts/inputSets';
import { previewRunPush, pushRunCostToPlan } from '../services/forecasts/planPush';
import { getForecastRun, listForecastRuns, startForecastRun } from '../services/forecasts/runs';
import { jsonBody } from './body';
import { actorOf } from './session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function runNumber(c: Context): number {
  const text = c.req.param('number') ?? '';
  if (!/^\d{1,9}$/.test(text)) throw new NotFoundError(`'${text}' is not a forecast run number.`);
  return Number(text);
}

/** Routes of forecast inputs and runs (docs/api.md, "Forecasts"). */
export function forecastRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/forecasts';
  const code = (c: Context) => c.req.param('code') ?? '';

  app.get(`${base}/inputs`, async (c) =>
    c.json({ inputSets: await listForecastInputs(ctx, await actorOf(c, ctx), code(c)) }),
  );

  app.post(`${base}/inputs`, async (c) => {
    const actor = await actorOf(c, ctx);
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (type.startsWith('application/zip')) {
      const zip = new Uint8Array(await c.req.arrayBuffer());
      return c.json(
        await uploadForecastInputs(ctx, actor, code(c), { name: c.req.query('name') ?? '' }, zip),
        201,
      );
    }
    return c.json(await uploadForecastInputs(ctx, actor, code(c), await jsonBody(c)), 201);
  });

  app.get(`${base}/runs`, async (c) =>
    c.json({ runs: await listForecastRuns(ctx, await actorOf(c, ctx), code(c)) }),
  );

  // 202: the run is queued and goes on in the background; poll GET .../runs/N for its progress.
  app.post(`${base}/runs`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json({ run: await startForecastRun(ctx, actor, code(c), await jsonBody(c)) }, 202);
  });

  app.get(`${base}/runs/:number`, async (c) =>
    c.json(await getForecastRun(ctx, await actorOf(c, ctx), code(c), runNumber(c))),
  );

  app.get(`${base}/runs/:number/download`, async (c) => {
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx')
      throw new ValidationError(`format must be csv or xlsx, not '${format}'.`, 'format');
    const file = await forecastRunDownload(ctx, await actorOf(c, ctx), code(c), runNumber(c), format);
    const headers = { 'content-disposition': `attachment; filename="${file.fileName}"` };
    if (typeof file.content === 'string')
      return c.body(file.content, 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
    return c.body(new Uint8Array(file.content), 200, { ...headers, 'content-type': XLSX });
  });

  app.get(`${base}/runs/:number/comparison`, async (c) => {
    const baseline = c.req.query('baseline');
    if (baseline !== undefined && !/^\d{1,9}$/.test(baseline))
      throw new ValidationError(`baseline must be a run number, not '${baseline}'.`, 'baseline');
    return c.json(
      await compareForecastRuns(
        ctx,
        await actorOf(c, ctx),
        code(c),
        runNumber(c),
        baseline === undefined ? undefined : Number(baseline),
      ),
    );
  });

  // The run's cost into a plan version in place of the spend lines it stands for: preview, then confirm
  // with the preview's token (docs/forecast-runs.md, "Cost into the financial model").
  app.post(`${base}/runs/:number/plan-push/preview`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await previewRunPush(ctx, actor, code(c), runNumber(c), await jsonBody(c)));
  });

  app.post(`${base}/runs/:number/plan-push`, async (c) => {
    const actor = await actorOf(c, ctx);
    return c.json(await pushRunCostToPlan(ctx, actor, code(c), runNumber(c), await jsonBody(c)));
  });
}
