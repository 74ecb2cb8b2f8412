import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import { setLineAmount } from '../financialModel/lineEdits';
import { copyVersion, getVersion } from '../financialModel/versions';
import type { Actor, CouncilRole } from '../permissions';
import { StaleWriteError } from '../rowVersion';
import { openTestContext, type TestContext } from '../testContext';
import { listForecastInputs } from './inputSets';
import { financialYearOfCensus, previewRunPush, pushRunCostToPlan } from './planPush';
import { whenRunSettles } from './runDispatch';
import { getForecastRun, startForecastRun } from './runs';

// Issue 16: pushing a forecast's cost replaces what it stands for, never adds on top (it used to take
// Kingston's May 2021 spend before savings from £32.2m to £64.7m), with a preview first.

const cli: Actor = { kind: 'system', label: 'test' };
const MAY = 'Latest forecast, May 2021';
let t: TestContext;
let kingstonId = 0;
let mean: (census: number) => number;
const member = (role: CouncilRole): Actor => ({
  kind: 'user',
  user: {
    id: 1,
    email: `${role}@kingston.example`,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[kingstonId, role]]),
  },
});

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
  const [inputs] = await listForecastInputs(t.ctx, cli, '314');
  const started = await startForecastRun(t.ctx, cli, '314', {
    inputSetId: inputs!.id,
    simulations: 20,
    seed: 3,
  });
  const row = await t.ctx.db
    .selectFrom('forecast_runs')
    .select('id')
    .where('number', '=', started.number)
    .executeTakeFirstOrThrow();
  await whenRunSettles(row.id);
  const { years } = await getForecastRun(t.ctx, cli, '314', started.number);
  mean = (census) => Math.round(years!.find((y) => y.year === census)!.groups.costPence.total!.mean);
}, 180_000);
afterAll(async () => t?.database.close());

const linesOf = async (version: string) => (await getVersion(t.ctx, cli, '314', version)).plan.lines;

describe('a forecast run pushed into a plan version', () => {
  it('refuses a role without finance rights, a frozen version and a push that replaces nothing', async () => {
    expect([2022, 2023].map(financialYearOfCensus)).toEqual(['2021-22', '2022-23']);
    await expect(
      previewRunPush(t.ctx, member('send'), '314', 1, { version: MAY, replace: ['spend-direct'] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      previewRunPush(t.ctx, member('finance'), '314', 1, {
        version: 'Safety Valve agreement, March 2021',
        replace: ['spend-direct'],
      }),
    ).rejects.toThrow('"Safety Valve agreement, March 2021" is frozen and cannot be edited.');
    await expect(previewRunPush(t.ctx, member('finance'), '314', 1, { version: MAY })).rejects.toMatchObject({
      status: 400,
      field: 'replace',
      message: expect.stringContaining(
        'its expenditure before savings or pressure lines are spend-direct, spend-central',
      ) as unknown,
    });
    await expect(
      previewRunPush(t.ctx, member('finance'), '314', 1, { version: MAY, replace: ['saving-srp'] }),
    ).rejects.toMatchObject({ status: 400, field: 'replace.0' });
    await expect(
      previewRunPush(t.ctx, member('finance'), '314', 1, { version: MAY, replace: ['no-such-line'] }),
    ).rejects.toMatchObject({ status: 400, field: 'replace.0' });
  });

  it('previews before, after and the difference, changing nothing; the confirmed push replaces the spend lines', async () => {
    const before = await linesOf(MAY);
    const input = { version: MAY, replace: ['spend-direct', 'spend-central'] };
    const preview = await previewRunPush(t.ctx, member('finance'), '314', 1, input);
    // Seed 003/004: direct £30,340,888 + central £1,866,684 = £32,207,572 spend before savings in 2021-22.
    expect(preview.years).toEqual([
      {
        year: '2021-22',
        modelled: true,
        spendBeforeSavings: {
          before: 32_207_572_00,
          after: mean(2022),
          difference: mean(2022) - 32_207_572_00,
        },
        inYearDsgDeficit: expect.objectContaining({ difference: mean(2022) - 32_207_572_00 }) as unknown,
        cumulativeDeficitAfterDfe: expect.objectContaining({
          difference: mean(2022) - 32_207_572_00,
        }) as unknown,
      },
    ]);
    expect(preview.replaces.map((r) => [r.id, r.removed])).toEqual([
      ['spend-direct', true],
      ['spend-central', true],
    ]);
    expect(await linesOf(MAY)).toEqual(before);
    const pushed = await pushRunCostToPlan(t.ctx, member('finance'), '314', 1, {
      ...input,
      token: preview.token,
    });
    expect(pushed.years).toEqual(preview.years);
    const after = await getVersion(t.ctx, cli, '314', MAY);
    expect(after.years[0]!.spendBeforeSavings).toBe(mean(2022));
    expect(after.plan.lines.map((l) => l.id)).not.toContain('spend-direct');
    expect(after.plan.lines.find((l) => l.id === 'forecast-demand')).toMatchObject({
      kind: 'expenditure',
      label: 'Cost of EHCPs, forecast run 1 (mean)',
      amounts: { '2021-22': mean(2022) },
    });
    const link = await t.ctx.db
      .selectFrom('plan_lines')
      .select('pushed')
      .where('line_key', '=', 'forecast-demand')
      .executeTakeFirstOrThrow();
    expect(link.pushed).toMatchObject({
      source: 'forecast',
      detail: { run: 1 },
      pushedBy: 'finance@kingston.example',
      replaced: [
        { id: 'spend-direct', amounts: { '2021-22': 30_340_888_00 } },
        { id: 'spend-central', amounts: { '2021-22': 1_866_684_00 } },
      ],
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'push')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      lines: [{ id: 'forecast-demand', amountsPence: { '2021-22': mean(2022) } }],
    });
    expect(Number.isInteger(mean(2022))).toBe(true);
  });

  it('updates its own line when pushed again, keeping what it first replaced', async () => {
    const preview = await previewRunPush(t.ctx, member('finance'), '314', 1, { version: MAY });
    expect(preview.replaces.map((r) => r.id)).toEqual(['forecast-demand']);
    expect(preview.years[0]!.spendBeforeSavings.difference).toBe(0);
    await pushRunCostToPlan(t.ctx, member('finance'), '314', 1, { version: MAY, token: preview.token });
    const lines = await linesOf(MAY);
    expect(lines.filter((l) => l.id.startsWith('forecast'))).toHaveLength(1);
    const link = await t.ctx.db
      .selectFrom('plan_lines')
      .select('pushed')
      .where('line_key', '=', 'forecast-demand')
      .executeTakeFirstOrThrow();
    expect((link.pushed as { replaced: Array<{ id: string }> }).replaced.map((r) => r.id)).toEqual([
      'spend-direct',
      'spend-central',
    ]);
  });

  it('refuses to confirm a preview the version has moved on from, answering with the fresh preview', async () => {
    const preview = await previewRunPush(t.ctx, member('finance'), '314', 1, { version: MAY });
    await setLineAmount(t.ctx, cli, '314', MAY, 'hnb-allocation', { year: '2021-22', amount: 26_000_000 });
    const stale = pushRunCostToPlan(t.ctx, member('finance'), '314', 1, {
      version: MAY,
      token: preview.token,
    });
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toMatchObject({ status: 409, conflict: { current: { version: MAY } } });
  });

  it('keeps the years a run does not project: a 2018-19 to 2023-24 plan keeps P1 until 2020-21', async () => {
    await copyVersion(t.ctx, cli, '314', 'Deficit recovery plan, June 2019', {
      name: 'Recovery plan with demand',
    });
    const input = { version: 'Recovery plan with demand', replace: ['P1'] };
    const preview = await previewRunPush(t.ctx, member('finance'), '314', 1, input);
    expect(preview.years.map((y) => [y.year, y.modelled])).toEqual([
      ['2018-19', false],
      ['2019-20', false],
      ['2020-21', false],
      ['2021-22', true],
      ['2022-23', true],
      ['2023-24', true],
    ]);
    expect(preview.years.slice(0, 3).map((y) => y.spendBeforeSavings.difference)).toEqual([0, 0, 0]);
    await pushRunCostToPlan(t.ctx, member('finance'), '314', 1, { ...input, token: preview.token });
    const lines = await linesOf('Recovery plan with demand');
    expect(lines.find((l) => l.id === 'P1')!.amounts).toEqual({
      '2018-19': 2_300_000_00,
      '2019-20': 2_313_156_00,
      '2020-21': 2_081_840_00,
    });
    // It stood for a pressure only, so it is a pressure.
    expect(lines.find((l) => l.id === 'forecast-demand')).toMatchObject({
      kind: 'pressure',
      amounts: { '2021-22': mean(2022), '2022-23': mean(2023), '2023-24': mean(2024) },
    });
  });
});
