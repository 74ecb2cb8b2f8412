import type { Hono } from 'hono';
import { tableToCsv, tableToXlsx } from '../io/tables/tableFile';
import type { ServiceContext } from '../services/context';
import { benchmarkDownloadTable } from '../services/national/benchmarkDownload';
import { forecastAccuracyReview } from '../services/national/forecastAccuracyReview';
import { nationalMeasureView as measureView } from '../services/national/measureView';
import { nationalBacktest } from '../services/national/nationalBacktest';
import { nationalCaseloadForecast } from '../services/national/nationalForecast';
import { nationalScorecard } from '../services/national/nationalScorecard';
import { actorOf } from './session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Only the query parameters that were given, so the service's defaults apply to the rest. */
function given(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

/** Routes of the published-figure forecasts, back-test, accuracy review and benchmark downloads (docs/api.md). */
export function registerNationalForecastRoutes(app: Hono, ctx: ServiceContext): void {
  app.get('/api/national/backtest', async (c) => {
    const input = given({
      origin: c.req.query('origin'),
      horizon: c.req.query('horizon') ?? '3',
      series: c.req.query('series'),
      seed: c.req.query('seed'),
    });
    return c.json(await nationalBacktest(ctx, await actorOf(c, ctx), input));
  });

  app.get('/api/national/scorecard', async (c) => {
    const input = given({
      from: c.req.query('from'),
      to: c.req.query('to'),
      horizon: c.req.query('horizon'),
      seed: c.req.query('seed'),
    });
    return c.json(await nationalScorecard(ctx, await actorOf(c, ctx), input));
  });

  app.get('/api/national/forecast/:code', async (c) => {
    const input = {
      council: c.req.param('code'),
      ...given({
        horizon: c.req.query('horizon'),
        origin: c.req.query('origin'),
        method: c.req.query('method'),
      }),
    };
    return c.json(await nationalCaseloadForecast(ctx, await actorOf(c, ctx), input));
  });

  app.get('/api/national/measure/:code/:measure/:year', async (c) =>
    c.json(
      await measureView(ctx, await actorOf(c, ctx), {
        council: c.req.param('code'),
        measure: c.req.param('measure'),
        year: c.req.param('year'),
      }),
    ),
  );

  app.get('/api/national/benchmark/:code/:year/table/:format', async (c) => {
    const format = c.req.param('format');
    if (format !== 'csv' && format !== 'xlsx')
      return c.json({ error: `Download as table/csv or table/xlsx, not table/${format}.` }, 404);
    const table = await benchmarkDownloadTable(ctx, await actorOf(c, ctx), {
      council: c.req.param('code'),
      year: c.req.param('year'),
    });
    const name = `benchmark ${c.req.param('code').replace(/[^A-Za-z0-9]/g, '')} ${c.req.param('year').replace(/\D/g, '')}`;
    if (format === 'csv')
      return c.body(tableToCsv(table), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      });
    return c.body(new Uint8Array(await tableToXlsx(table)), 200, {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${name}.xlsx"`,
    });
  });

  app.get('/api/councils/:code/forecast-accuracy', async (c) =>
    c.json(await forecastAccuracyReview(ctx, await actorOf(c, ctx), c.req.param('code'))),
  );
}
