import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rngFromGenerator } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import { createCouncil } from '../councils';
import { freezeVersion, getVersion, importVersion } from '../financialModel/versions';
import { storeInputSet } from '../forecasts/inputSets';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { runCouncilReformPlan } from './reformPlanRun';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let inputSet: number;

const years = ['2021-22', '2022-23', '2023-24'];
const draft = (version: string) => ({
  council: '999',
  version,
  years,
  opening: { cumulativeDeficit: 1_000_000 },
  lines: [
    {
      id: 'hnb',
      kind: 'hnbAllocation',
      label: 'HNB',
      amounts: Object.fromEntries(years.map((y) => [y, 30_000_000])),
    },
    {
      id: 'top-ups',
      kind: 'expenditure',
      label: 'EHCP top-ups',
      amounts: Object.fromEntries(years.map((y) => [y, 25_000_000])),
    },
  ],
});
const mitigations = [
  {
    id: 'early-help',
    name: 'Early help',
    workstream: 'Early intervention',
    owner: 'Head of SEND',
    startYear: '2021-22',
    phaseIn: [0.5, 1],
    changes: [{ type: 'multiply-joiners', factor: 0.7 }],
  },
  {
    id: 'banding',
    name: 'Top-up banding',
    workstream: 'Funding',
    owner: 'Finance lead',
    startYear: '2021-22',
    phaseIn: [1],
    amounts: { '2022-23': 150_000 },
  },
];

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
  await importVersion(t.ctx, cli, '999', draft('Reform draft'));
  await importVersion(t.ctx, cli, '999', draft('Agreed'));
  await freezeVersion(t.ctx, cli, '999', 'Agreed');
});
afterAll(async () => t.database.close());

describe('running a reform plan and pushing it into a draft version', () => {
  it('pushes the unmitigated demand in place of the spending it stands for and one saving per mitigation; the version then carries the mitigated cost', async () => {
    const result = await runCouncilReformPlan(t.ctx, cli, '999', {
      inputSet,
      mitigations,
      simulations: 20,
      seed: 3,
      version: 'Reform draft',
      push: true,
      replace: ['top-ups'],
    });
    const { plan, years: model } = await getVersion(t.ctx, cli, '999', 'Reform draft');
    const line = (id: string) => plan.lines.find((l) => l.id === id)!;
    // "top-ups" is replaced in every year by the unmitigated demand (the modelled-cost push), so it goes.
    expect(plan.lines.map((l) => [l.id, l.kind, l.links.workstream])).toEqual([
      ['hnb', 'hnbAllocation', undefined],
      ['reform-unmitigated-demand', 'pressure', undefined],
      ['mitigation-early-help', 'saving', 'Early intervention'],
      ['mitigation-banding', 'saving', 'Funding'],
    ]);
    expect(line('mitigation-banding').amounts).toEqual({ '2021-22': 0, '2022-23': 150_000_00, '2023-24': 0 });
    // Spend after savings in the version = the bridge's mitigated cost, year by year, to the penny.
    const bridged = result.bridge.filter((c) => years.includes(c.period));
    expect(model.map((y) => y.spendAfterSavings)).toEqual(bridged.map((c) => c.mitigatedCost));
    expect(bridged.map((c) => c.funding)).toEqual(years.map(() => 30_000_000_00));
  });

  it('updates the same lines when pushed again', async () => {
    const again = [
      { ...mitigations[0]!, changes: [{ type: 'multiply-joiners', factor: 0.9 }] },
      mitigations[1]!,
    ];
    const before = (await getVersion(t.ctx, cli, '999', 'Reform draft')).plan;
    await runCouncilReformPlan(t.ctx, cli, '999', {
      inputSet,
      mitigations: again,
      simulations: 20,
      seed: 3,
      version: 'Reform draft',
      push: true,
    });
    const after = (await getVersion(t.ctx, cli, '999', 'Reform draft')).plan;
    expect(after.lines.map((l) => l.id)).toEqual(before.lines.map((l) => l.id));
    const saving = (p: typeof after) =>
      p.lines.find((l) => l.id === 'mitigation-early-help')!.amounts['2023-24']!;
    expect(saving(after)).toBeLessThan(saving(before));
  });

  it('runs a what-if on top of the plan on the same seed, and never pushes one', async () => {
    const body = { inputSet, mitigations, simulations: 20, seed: 3 };
    const plan = await runCouncilReformPlan(t.ctx, cli, '999', body);
    const more = await runCouncilReformPlan(t.ctx, cli, '999', {
      ...body,
      whatIf: { kind: 'requests', percent: 20 },
    });
    expect(more.run.mitigated.at(-1)!.ehcps).toBeGreaterThan(plan.run.mitigated.at(-1)!.ehcps);
    await expect(
      runCouncilReformPlan(t.ctx, cli, '999', {
        ...body,
        version: 'Reform draft',
        push: true,
        whatIf: { kind: 'costInflation', percent: 3 },
      }),
    ).rejects.toThrow('A what-if is for looking, not for the plan: run it without push.');
    await expect(
      runCouncilReformPlan(t.ctx, cli, '999', {
        ...body,
        whatIf: { kind: 'expansionLate', mitigation: 'banding' },
      }),
    ).rejects.toThrow("What-if: 'Top-up banding' is money-only: it has no expansion to delay.");
  });

  it('refuses a frozen version, and a mitigation with problems, saving nothing', async () => {
    await expect(
      runCouncilReformPlan(t.ctx, cli, '999', {
        inputSet,
        mitigations,
        simulations: 5,
        version: 'Agreed',
        push: true,
      }),
    ).rejects.toThrow(/Agreed/);
    const frozen = (await getVersion(t.ctx, cli, '999', 'Agreed')).plan;
    expect(frozen.lines.map((l) => l.id)).toEqual(['hnb', 'top-ups']);
    await expect(
      runCouncilReformPlan(t.ctx, cli, '999', {
        inputSet,
        mitigations: [{ ...mitigations[0]!, phaseIn: [1, 0.5] }],
        simulations: 5,
        version: 'Reform draft',
        push: true,
      }),
    ).rejects.toThrow(/phase 2 \(0.5\) is below phase 1 \(1\)/);
  });
});
