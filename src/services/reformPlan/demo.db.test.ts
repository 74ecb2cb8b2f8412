import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { demoReformPlanName } from './demo';
import { getReformPlanRun, startReformPlanRun, whenPlanRunSettles } from './planRuns';
import { getReformPlan, listReformPlans, updateReformPlan } from './plans';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
});
afterAll(async () => t.database.close());

describe('the demo council’s worked reform plan', () => {
  it('is stored by demo load, not run, with seed 001’s six workstream actions, all illustrative', async () => {
    const [summary] = await listReformPlans(t.ctx, cli, '314');
    expect(summary!.name).toBe(demoReformPlanName);
    const plan = await getReformPlan(t.ctx, cli, '314', summary!.id);
    expect(plan.runs).toEqual({ plan: null, whatIf: null });
    expect(plan.mitigations.map((m) => [m.name, m.workstream, m.illustrative])).toEqual([
      ['Early intervention in mainstream', 'Early intervention and transition', true],
      ['New local specialist places', 'Local provision', true],
      ['Annual reviews', 'Assessment and planning', true],
      ['Post-16 pathways', 'Local provision', true],
      ['Commissioning of independent placements', 'Commercial thinking', true],
      ['Social care and health contributions', 'Strategy and governance', true],
    ]);
    // Seed 001, Workstream 2, commercial commissioning of independent placements: £360,000, £630,000,
    // £900,000 (2019/20 to 2021/22), laid on the plan's first three years; in pence.
    expect(plan.mitigations[4]!.amounts).toMatchObject({
      '2021-22': 36_000_000,
      '2022-23': 63_000_000,
      '2023-24': 90_000_000,
    });
  });

  it('runs (few simulations) to a bridge whose money-only savings are the seed’s amounts', async () => {
    const [summary] = await listReformPlans(t.ctx, cli, '314');
    await updateReformPlan(t.ctx, cli, '314', summary!.id, { simulations: 10 });
    const started = await startReformPlanRun(t.ctx, cli, '314', summary!.id, {});
    // Unmitigated, four forecast mitigations in order, three of them alone.
    expect(started.progress.total).toBe(8);
    await whenPlanRunSettles(summary!.id, started.number);
    const run = await getReformPlanRun(t.ctx, cli, '314', summary!.id, started.number);
    expect(run.status).toBe('completed');
    const first = run.result!.bridge[0]!;
    expect(first.period).toBe('2021-22');
    expect(first.savings.slice(4).map((s) => s.saving)).toEqual([36_000_000, 20_000_000]);
    expect(run.result!.fundingFrom).toBe('Latest forecast, May 2021');
    expect(run.result!.bridge.map((c) => c.period)).toEqual([
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
      '2025-26',
      'plan period',
    ]);
  });
});
