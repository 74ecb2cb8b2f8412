import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../../core/forecast/forecast';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { streamsOfSeed } from '../../jobs/forecastChunk';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { compareForecastRuns } from './comparison';
import { demoForecastInputs, demoInputSetName } from './demo';
import { forecastRunDownload } from './downloads';
import { ForecastInputsInvalidError, listForecastInputs, uploadForecastInputs } from './inputSets';
import { whenRunSettles } from './runDispatch';
import { getForecastRun, listForecastRuns, startForecastRun } from './runs';

const cli: Actor = { kind: 'system', label: 'test' };
const good = path.join(import.meta.dirname, '..', '..', 'io', 'witan', 'testdata', 'good', 'data');
const goodFiles = () =>
  Object.fromEntries(
    fs.readdirSync(good).map((name) => [name, fs.readFileSync(path.join(good, name), 'utf8')]),
  );
let t: TestContext;
let kingstonId = 0;
const userIds = new Map<string, number>();

function member(role: CouncilRole): Actor {
  const email = `${role}@kingston.example`;
  return {
    kind: 'user',
    user: {
      id: userIds.get(email)!,
      email,
      displayName: role,
      isSystemAdmin: false,
      roles: new Map([[kingstonId, role]]),
    },
  };
}

async function runToEnd(actor: Actor, input: Record<string, unknown>) {
  const started = await startForecastRun(t.ctx, actor, '314', input);
  const row = await t.ctx.db
    .selectFrom('forecast_runs')
    .select('id')
    .where('number', '=', started.number)
    .executeTakeFirstOrThrow();
  await whenRunSettles(row.id);
  return { started, ...(await getForecastRun(t.ctx, actor, '314', started.number)) };
}

describe('stored forecast runs', () => {
  beforeAll(async () => {
    t = await openTestContext();
    await loadDemo(t.ctx, cli);
    kingstonId = (
      await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
    ).id;
    for (const u of await t.ctx.db.selectFrom('users').select(['id', 'email']).execute())
      userIds.set(u.email, u.id);
  });
  afterAll(async () => {
    await t.database.close();
  });

  it('gives the demo council a synthetic input set, shown by counts and history only', async () => {
    const [demo] = await listForecastInputs(t.ctx, member('viewer'), '314');
    expect(demo).toMatchObject({ name: demoInputSetName, source: 'synthetic (demo)' });
    expect(demo!.summary.seedYear).toBe(2021);
    expect(demo!.summary.projectionYears).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(demo!.summary.history.map((h) => h.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    const inputs = demoForecastInputs();
    expect(demo!.summary.transitions).toBe(inputs.transitions.length);
    expect(demo!).not.toHaveProperty('inputs');
  });

  it('runs a forecast as a background job and stores exactly the engine’s statistics; a viewer may look, not start', async () => {
    const [demo] = await listForecastInputs(t.ctx, cli, '314');
    await expect(
      startForecastRun(t.ctx, member('viewer'), '314', { inputSetId: demo!.id }),
    ).rejects.toMatchObject({ status: 403 });
    const { started, run, years, history } = await runToEnd(member('finance'), {
      inputSetId: demo!.id,
      simulations: 40,
      seed: 7,
      name: 'Baseline',
    });
    expect(started).toMatchObject({
      number: 1,
      status: 'queued',
      name: 'Baseline',
      progress: { done: 0, total: 40 },
    });
    expect(run).toMatchObject({
      status: 'completed',
      seedYear: 2021,
      progress: { done: 40, total: 40 },
      createdBy: 'finance@kingston.example',
    });
    const engine = runForecast(demoForecastInputs(), defaultOptions, 40, streamsOfSeed(7));
    expect(years).toEqual(JSON.parse(JSON.stringify(engine.years)));
    expect(history.at(-1)).toEqual({ year: 2021, ehcps: engine.years[0]!.groups.total.total!.mean });
    expect((await listForecastRuns(t.ctx, member('viewer'), '314')).map((r) => r.number)).toEqual([1]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'forecast-run')
      .execute();
    expect(audit).toEqual([
      { action: 'create', entity_id: '1' },
      { action: 'complete', entity_id: '1' },
    ]);
  });

  it('refuses options the engine does not accept, before any job starts', async () => {
    const [demo] = await listForecastInputs(t.ctx, cli, '314');
    await expect(
      startForecastRun(t.ctx, cli, '314', { inputSetId: demo!.id, simulations: 0 }),
    ).rejects.toThrow('Enter 1 or more simulations.');
    await expect(startForecastRun(t.ctx, cli, '314', { inputSetId: 999 })).rejects.toThrow(
      'Kingston upon Thames has no forecast inputs with id 999.',
    );
  });

  it('downloads the results as CSV and XLSX, costs in pounds, each census year with its financial year', async () => {
    const { years } = await getForecastRun(t.ctx, member('viewer'), '314', 1);
    const csv = await forecastRunDownload(t.ctx, member('viewer'), '314', 1, 'csv');
    const lines = (csv.content as string).trimEnd().split('\n');
    expect(csv.fileName).toBe('forecast-run-1-314.csv');
    expect(lines[0]).toBe('calendar-year,financial-year,measure,key,mean,sd,p5,p10,p25,median,p75,p90,p95');
    const cost2023 = years!.find((y) => y.year === 2023)!.groups.costPence.total!.mean / 100;
    expect(lines).toContain(lines.find((l) => l.startsWith('2023,2022-23,cost,total,'))!);
    expect(Number(lines.find((l) => l.startsWith('2023,2022-23,cost,total,'))!.split(',')[4])).toBeCloseTo(
      cost2023,
      6,
    );
    const xlsx = await forecastRunDownload(t.ctx, member('viewer'), '314', 1, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'All measures']);
    expect(book.getWorksheet('All measures')!.rowCount).toBe(lines.length);
  });

  it('runs a scenario against its baseline and compares them year by year', async () => {
    const [demo] = await listForecastInputs(t.ctx, cli, '314');
    const scenario = {
      name: 'More joiners from 2024',
      changes: [{ type: 'multiply-joiners', factor: 1.3, years: { from: 2024 } }],
    };
    await expect(
      startForecastRun(t.ctx, cli, '314', {
        inputSetId: demo!.id,
        scenario: { name: 'x', changes: [{ type: 'cap', setting: 'NEW', places: 5, excess: 'report' }] },
      }),
    ).rejects.toThrow(
      /^The forecast cannot be run with these inputs and options: .*'NEW' is not a setting of this model/,
    );
    const { run } = await runToEnd(member('send'), {
      inputSetId: demo!.id,
      simulations: 40,
      seed: 7,
      scenario,
      baselineRun: 1,
    });
    expect(run).toMatchObject({ number: 2, baselineRun: 1, status: 'completed', scenario });
    const comparison = await compareForecastRuns(t.ctx, member('viewer'), '314', 2);
    const base = (await getForecastRun(t.ctx, cli, '314', 1)).years!;
    const changed = (await getForecastRun(t.ctx, cli, '314', 2)).years!;
    expect(comparison.baselineRun).toBe(1);
    expect(comparison.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const meanOf = (ys: typeof base, year: number) =>
      ys.find((y) => y.year === year)!.groups.total.total!.mean;
    const at = (year: number) => comparison.years.find((y) => y.year === year)!;
    // Same seed: the years before the scenario's first change are identical, simulation by simulation.
    expect(at(2023).total!.difference).toBe(0);
    expect(at(2025).total!.difference).toBe(meanOf(changed, 2025) - meanOf(base, 2025));
    expect(at(2025).total!.difference).toBeGreaterThan(0);
    expect(at(2025).cost!.difference).toBeGreaterThan(0);
    await expect(compareForecastRuns(t.ctx, cli, '314', 1)).rejects.toThrow(
      'Forecast run 1 has no baseline: choose a run to compare it with.',
    );
  });

  it('stores an uploaded folder (four CSVs or a zip) all or nothing, naming every problem', async () => {
    const stored = await uploadForecastInputs(t.ctx, member('send'), '314', {
      name: 'Tiny CSVs',
      files: goodFiles(),
    });
    expect(stored).toMatchObject({ name: 'Tiny CSVs', source: 'CSV upload', summary: { seedYear: 2021 } });
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(goodFiles()).map(([n, text]) => [
          `my-model/data/${n}`,
          new TextEncoder().encode(text),
        ]),
      ),
    );
    expect(
      await uploadForecastInputs(t.ctx, member('finance'), '314', { name: 'Tiny zip' }, zip),
    ).toMatchObject({ source: 'zip upload', summary: { transitions: stored.summary.transitions } });
    await expect(
      uploadForecastInputs(t.ctx, member('viewer'), '314', { name: 'x', files: goodFiles() }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      uploadForecastInputs(t.ctx, cli, '314', { name: 'Tiny CSVs', files: goodFiles() }),
    ).rejects.toMatchObject({ status: 409 });
    const bad = {
      ...goodFiles(),
      'costs.csv': goodFiles()['costs.csv']!.replace('ASD,MS,8000\n', 'ASD,MS,8OOO\n'),
    };
    const error = await uploadForecastInputs(t.ctx, cli, '314', { name: 'Bad', files: bad }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ForecastInputsInvalidError);
    expect((error as ForecastInputsInvalidError).problems).toEqual([
      "costs.csv row 2, column `cost`: '8OOO' is not an amount",
    ]);
    const { 'population.csv': _p, ...missing } = goodFiles();
    await expect(
      uploadForecastInputs(t.ctx, cli, '314', { name: 'Missing', files: missing }),
    ).rejects.toMatchObject({ problems: [expect.stringMatching(/^population\.csv: is missing/)] });
    expect((await listForecastInputs(t.ctx, cli, '314')).map((s) => s.name)).toEqual([
      'Tiny zip',
      'Tiny CSVs',
      demoInputSetName,
    ]);
  });
});
