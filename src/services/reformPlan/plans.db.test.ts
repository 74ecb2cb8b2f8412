import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rngFromGenerator } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import { runInPeriod } from '../../core/reformPlan';
import { createCouncil } from '../councils';
import { getVersion, importVersion } from '../financialModel/versions';
import { storeInputSet } from '../forecasts/inputSets';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { addMitigation, removeMitigation, reorderMitigations, updateMitigation } from './planMitigations';
import { previewReformPlanPush, pushReformPlan } from './planPush';
import { failInterruptedPlanRuns } from './planRunJobs';
import { getReformPlanRun, startReformPlanRun, whenPlanRunSettles } from './planRuns';
import {
  createReformPlan,
  deleteReformPlan,
  getReformPlan,
  listReformPlans,
  updateReformPlan,
} from './plans';
import { runCouncilReformPlan } from './reformPlanRun';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let inputSet: number;
const years = ['2021-22', '2022-23', '2023-24'];
const earlyHelp = {
  name: 'Early help',
  workstream: 'Early intervention',
  owner: 'Head of SEND',
  startYear: '2021-22',
  phaseIn: [0.5, 1],
  changes: [{ type: 'multiply-joiners', factor: 0.7 }],
};
const banding = {
  name: 'Top-up banding',
  workstream: 'Funding',
  owner: 'Finance lead',
  startYear: '2021-22',
  phaseIn: [1],
  amounts: { '2022-23': 150_000 },
};
const auditCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await openTestContext();
  const council = await createCouncil(t.ctx, cli, {
    code: '999',
    newCode: 'E09000999',
    name: 'Testshire',
    region: 'London',
  });
  const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(5)), 0.2);
  inputSet = (await storeInputSet(t.ctx, cli, council, 'Synthetic', 'synthetic', inputs, [])).id;
  const amounts = (pounds: number) => Object.fromEntries(years.map((y) => [y, pounds]));
  await importVersion(t.ctx, cli, '999', {
    council: '999',
    version: 'Reform draft',
    years,
    opening: { cumulativeDeficit: 1_000_000 },
    lines: [
      { id: 'hnb', kind: 'hnbAllocation', label: 'HNB', amounts: amounts(30_000_000) },
      { id: 'top-ups', kind: 'expenditure', label: 'EHCP top-ups', amounts: amounts(25_000_000) },
    ],
  });
});
afterAll(async () => t.database.close());

describe('stored reform plans', () => {
  let id: number;
  it('stores a plan and its mitigations in the stated order, ids made from names', async () => {
    const plan = await createReformPlan(t.ctx, cli, '999', {
      name: 'Local SEND reform plan',
      inputSetId: inputSet,
      simulations: 20,
      seed: 3,
      periodFrom: '2021-22',
      periodUntil: '2023-24',
      planVersion: 'Reform draft',
    });
    id = plan.id;
    expect(plan.mitigations).toEqual([]);
    await addMitigation(t.ctx, cli, '999', id, banding);
    const both = await addMitigation(t.ctx, cli, '999', id, earlyHelp);
    expect(both.mitigations.map((m) => m.id)).toEqual(['top-up-banding', 'early-help']);
    // Money in pence once stored: £150,000 is 15,000,000p.
    expect(both.mitigations[0]!.amounts).toEqual({ '2022-23': 15_000_000 });
    const moved = await reorderMitigations(t.ctx, cli, '999', id, {
      order: ['early-help', 'top-up-banding'],
    });
    expect(moved.mitigations.map((m) => m.id)).toEqual(['early-help', 'top-up-banding']);
    expect((await listReformPlans(t.ctx, cli, '999')).map((p) => p.name)).toEqual(['Local SEND reform plan']);
  });

  it('refuses bad input whole, saving nothing, in words naming the problem', async () => {
    const before = await getReformPlan(t.ctx, cli, '999', id);
    const audits = await auditCount();
    await expect(addMitigation(t.ctx, cli, '999', id, { ...earlyHelp, name: 'Early help' })).rejects.toThrow(
      "The plan already has a mitigation with the id 'early-help'",
    );
    await expect(
      addMitigation(t.ctx, cli, '999', id, { ...earlyHelp, name: 'Hubs', phaseIn: [1, 0.5] }),
    ).rejects.toThrow('Mitigation "Hubs": phase 2 (0.5) is below phase 1 (1); a phase-in only grows.');
    await expect(
      updateMitigation(t.ctx, cli, '999', id, 'early-help', { ...earlyHelp, changes: [{ type: 'no-such' }] }),
    ).rejects.toThrow(/changes/);
    await expect(reorderMitigations(t.ctx, cli, '999', id, { order: ['early-help'] })).rejects.toThrow(
      'Give every mitigation of the plan once, in the new order (early-help, top-up-banding).',
    );
    await expect(updateReformPlan(t.ctx, cli, '999', id, { periodFrom: '2024-25' })).rejects.toThrow(
      'The plan period starts in 2024-25, after it ends (2023-24): give the first year first.',
    );
    expect(await getReformPlan(t.ctx, cli, '999', id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('runs the plan as jobs, with progress, to the same figures as running it at once', async () => {
    const started = await startReformPlanRun(t.ctx, cli, '999', id, {});
    // Unmitigated, early help added (its run alone is the same forecast): two forecasts; banding is money only.
    expect([started.status, started.progress]).toEqual(['queued', { done: 0, total: 2 }]);
    await whenPlanRunSettles(id, started.number);
    const run = await getReformPlanRun(t.ctx, cli, '999', id, started.number);
    expect([run.status, run.progress]).toEqual(['completed', { done: 2, total: 2 }]);
    const direct = await runCouncilReformPlan(t.ctx, cli, '999', {
      inputSet,
      mitigations: [
        { ...earlyHelp, id: 'early-help' },
        { ...banding, id: 'top-up-banding' },
      ],
      simulations: 20,
      seed: 3,
      version: 'Reform draft',
    });
    // The stored run keeps the plan period's years only; the forecast projects further.
    const period = { from: '2021-22', until: '2023-24' } as const;
    expect(run.result!.run).toEqual(runInPeriod(direct.run, period));
    // The direct run's bridge starts earlier, so only its in-year figures are the same.
    const inYear = ({ cumulativeDeficit: _, ...column }: (typeof direct.bridge)[number]) => column;
    expect(run.result!.bridge.slice(0, -1).map(inYear)).toEqual(
      direct.bridge.filter((c) => years.includes(c.period)).map(inYear),
    );
    expect((await getReformPlan(t.ctx, cli, '999', id)).runs.plan!.number).toBe(started.number);
  });

  it('runs a what-if as its own run, leaving the plan’s run as the one to push', async () => {
    const started = await startReformPlanRun(t.ctx, cli, '999', id, {
      whatIf: { kind: 'requests', percent: 20 },
    });
    await whenPlanRunSettles(id, started.number);
    const plan = await getReformPlan(t.ctx, cli, '999', id);
    const last = (r: typeof plan.runs.plan) => r!.result!.run.mitigated.at(-1)!.ehcps;
    expect(last(plan.runs.whatIf)).toBeGreaterThan(last(plan.runs.plan));
    expect(plan.runs.plan!.number).toBe(1);
  });

  it('pushes through the modelled-cost push: preview, confirm, the same lines again on the next push', async () => {
    const preview = await previewReformPlanPush(t.ctx, cli, '999', id, { replace: ['top-ups'] });
    await pushReformPlan(t.ctx, cli, '999', id, { replace: ['top-ups'], token: preview.token });
    const { plan, years: model } = await getVersion(t.ctx, cli, '999', 'Reform draft');
    expect(plan.lines.map((l) => [l.id, l.kind, l.links.workstream])).toEqual([
      ['hnb', 'hnbAllocation', undefined],
      ['reform-unmitigated-demand', 'pressure', undefined],
      ['mitigation-early-help', 'saving', 'Early intervention'],
      ['mitigation-top-up-banding', 'saving', 'Funding'],
    ]);
    // Every year of "top-ups" is replaced by the plan's unmitigated demand, so the line goes.
    const run = (await getReformPlan(t.ctx, cli, '999', id)).runs.plan!.result!;
    // The version's spend after savings is now the plan's mitigated cost, year by year, to the penny.
    expect(model.map((y) => y.spendAfterSavings)).toEqual(run.bridge.slice(0, 3).map((c) => c.mitigatedCost));
    const again = await previewReformPlanPush(t.ctx, cli, '999', id, { replace: [] });
    await pushReformPlan(t.ctx, cli, '999', id, { replace: [], token: again.token });
    expect((await getVersion(t.ctx, cli, '999', 'Reform draft')).plan.lines).toHaveLength(4);
  });

  it('fails, at the next start, a run the last server left unfinished', async () => {
    const started = await startReformPlanRun(t.ctx, cli, '999', id, {});
    if (t.ctx.databaseKind !== 'pglite') {
      // On a PostgreSQL server other workers may still be running it: a starting server fails nothing.
      expect(await failInterruptedPlanRuns(t.ctx)).toBe(0);
      await whenPlanRunSettles(id, started.number);
      return;
    }
    expect(await failInterruptedPlanRuns(t.ctx)).toBe(1);
    await whenPlanRunSettles(id, started.number);
    const run = await getReformPlanRun(t.ctx, cli, '999', id, started.number);
    expect([run.status, run.error]).toEqual([
      'failed',
      'The server stopped before this run finished: run the plan again.',
    ]);
  });

  it('removes a mitigation and then the plan', async () => {
    const left = await removeMitigation(t.ctx, cli, '999', id, 'early-help');
    expect(left.mitigations.map((m) => m.id)).toEqual(['top-up-banding']);
    await deleteReformPlan(t.ctx, cli, '999', id);
    await expect(getReformPlan(t.ctx, cli, '999', id)).rejects.toThrow(`Testshire has no reform plan ${id}.`);
  });
});
