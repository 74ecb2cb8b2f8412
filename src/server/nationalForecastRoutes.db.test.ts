import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, release2022Zip } from '../io/dfe/testdata/syntheticFiles';
import { loadDemo } from '../services/demo';
import { importNationalFile } from '../services/national/importNationalData';
import type { Actor } from '../services/permissions';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

// The synthetic 2022 release (src/io/dfe/testdata): January 2021 and 2022 only, Kingston 100 then 121.
const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;
let app: ReturnType<typeof createApp>;
let cookie: string;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  await importNationalFile(t.ctx, cli, { name: 'release.zip', bytes: release2022Zip() });
  await importNationalFile(t.ctx, cli, { name: 'sn.csv', bytes: fixtureBytes('neighbours-synthetic.csv') });
  app = createApp(t.ctx, { logError: () => {} });
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'viewer@kingston.example', password: 'kingston-viewer' }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}, 120_000);
afterAll(async () => t.database.close());

const get = (path: string) => app.request(path, { headers: { cookie } });

describe('forecast, back-test, measure and download routes', () => {
  it('need a session', async () => {
    for (const path of [
      '/api/national/backtest?origin=2021',
      '/api/national/forecast/314',
      '/api/national/measure/314/ehcps/2022',
      '/api/national/benchmark/314/2022/table/csv',
      '/api/councils/314/forecast-accuracy',
    ]) {
      expect((await app.request(path)).status, path).toBe(401);
    }
  });

  it('rank every council on a measure with the council, its comparators and its trend', async () => {
    const res = await get('/api/national/measure/314/ehcps/2022');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      benchmark: { value: number; standing: { rank: number } };
      councils: { code: string; value: number; neighbour: boolean }[];
      trend: { year: number; value: number }[];
    };
    expect(body.benchmark).toMatchObject({ value: 121, standing: { rank: 1 } });
    expect(body.councils[0]).toMatchObject({ code: '314', value: 121 });
    expect(
      body.councils
        .filter((c) => c.neighbour)
        .map((c) => c.code)
        .sort(),
    ).toEqual(expect.arrayContaining(['319']));
    expect(body.trend.map((p) => [p.year, p.value])).toEqual([
      [2021, 100],
      [2022, 121],
    ]);
  });

  it('download the benchmark table as CSV and as a workbook', async () => {
    const csv = await get('/api/national/benchmark/314/2022/table/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="benchmark 314 2022.csv"');
    const text = await csv.text();
    expect(text).toContain(
      'Measure,Period,Unit,Kingston upon Thames,Statistical neighbours,Outer London,London,England,Rank,Of,Percentile,RAG,Notes',
    );
    expect(text).toContain('EHCPs (January census),January 2022,count,121,88,209,330,1100,1,');
    const xlsx = await get('/api/national/benchmark/314/2022/table/xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('D3').value).toBe(121);
    expect((await get('/api/national/benchmark/314/2022/table/pdf')).status).toBe(404);
  });

  it('say clearly when an origin, a council or a year is not in the data', async () => {
    const origin = await get('/api/national/backtest?origin=2021&horizon=1');
    expect(origin.status).toBe(400);
    expect(((await origin.json()) as { error: string }).error).toMatch(
      /^origin: the imported releases cover only January 2021 to January 2022; a back-test needs 4 years of history/,
    );
    expect((await get('/api/national/forecast/999')).status).toBe(404);
    const short = await get('/api/national/forecast/314');
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: string }).error).toMatch(
      /only 2 consecutive year\(s\) of figures up to January 2022 \(4 needed\)/,
    );
    expect((await get('/api/national/measure/314/ehcps/2031')).status).toBe(400);
    expect((await get('/api/national/measure/314/nonsense/2022')).status).toBe(400);
  });

  it("review the council's stored forecasts against whatever census figures are imported", async () => {
    const res = await get('/api/councils/314/forecast-accuracy');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      sources: { source: string; rows: { year: number; plans: number; actual: number | null }[] }[];
    };
    const drp = body.sources.find((s) => s.source === 'Deficit recovery plan, June 2019');
    expect(drp?.rows.map((r) => [r.year, r.plans, r.actual])).toEqual([
      [2020, 1251, null],
      [2021, 1331, 100],
      [2022, 1411, 121],
      [2023, 1491, null],
    ]);
    expect((await get('/api/councils/999/forecast-accuracy')).status).toBe(404);
  });
});
