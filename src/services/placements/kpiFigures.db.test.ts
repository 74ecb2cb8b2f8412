import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pounds } from '../../core/money';
import { loadDemo } from '../demo';
import { evaluateCouncilKpis, kpiHistory } from '../kpi/evaluation';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { deletePlacementSnapshot } from './imports';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
});
afterAll(async () => t.database.close());

// Seed 003, KPI table, "2021/22 MAY" column: the value of each KPI the demo set takes from the register.
const seed003May: Array<[ref: string, value: number, how: string]> = [
  ['25', pounds(16_797), 'average placement cost < 16'],
  ['26', pounds(11_778), 'average placement cost > 16'],
  ['27', pounds(33_657), 'average cost of "Independent < 16"'],
  ['28', pounds(28_547), 'average cost of "Maintained/academy special in borough"'],
  ['29', pounds(29_189), 'average cost of "Maintained/academy special out borough"'],
  ['30', pounds(33_837), 'average cost of "Independent > 16"'],
  ['31', pounds(2_691), 'average cost of "FE college > 16"'],
  ['32', pounds(29_172), 'average cost of "ISP > 16"'],
  ['33', pounds(24_766), 'average cost of "In borough special school > 16"'],
  ['34', pounds(16_768), 'average cost of "Alternative provision"'],
  ['37', pounds(20_009), 'average cost of an EHCP (gross cost in 2021-22 / children placed)'],
  ['38', 26.37, 'independent sector share of spend in 2021-22'],
];

describe('KPIs 25-34, 37 and 38 computed from the placement register (seed 003, demo registers)', () => {
  it('gives the May 2021 values from the register as at 31 May 2021, saying where they come from', async () => {
    const result = await evaluateCouncilKpis(t.ctx, cli, '314', { period: '2021-05' });
    const rows = seed003May.map(([ref]) => result.kpis.find((k) => k.ref === ref)!);
    expect(rows.map((r) => [r.ref, r.value, r.valueSource, r.valueHow])).toEqual(
      seed003May.map(([ref, value, how]) => [
        ref,
        value,
        'computed',
        `${how} from the placement register as at 2021-05-31 (synthetic)`,
      ]),
    );
    expect(result.problems).toEqual([]);
    // The published RAG still follows (e.g. KPI 25 £16,797 against £16,483 is amber).
    expect(rows.map((r) => r.rag)).toEqual(['A', 'G', 'A', 'G', 'A', 'G', 'G', 'G', 'G', 'G', 'G', 'G']);
  });

  it('finds the stated baselines and the recorded May values equal to the registers (no placement check fails)', async () => {
    const result = await evaluateCouncilKpis(t.ctx, cli, '314', { period: '2021-05' });
    expect(result.checks.filter((c) => c.check === 'kpi-equals-placements')).toEqual([]);
    // KPI 37's other identity (HNB spend / EHCPs) still fails for May, as seed 003 published it.
    expect(result.checks.map((c) => c.where)).toContain(
      'KPI 37 "Average cost of an Education, Health and Care Plan (EHCP)", 2021-05 value',
    );
  });

  it("uses each period's register in the history", async () => {
    const history = await kpiHistory(t.ctx, cli, '314', '2021-22', '27');
    expect(history.history.map((h) => [h.period, h.value])).toEqual([['2021-05', pounds(33_657)]]);
  });

  it('reports where the register and the recorded figures differ (May register deleted: 31 March in force)', async () => {
    await deletePlacementSnapshot(t.ctx, cli, '314', '2021-05-31');
    const result = await evaluateCouncilKpis(t.ctx, cli, '314', { period: '2021-05' });
    const kpi27 = result.kpis.find((k) => k.ref === '27')!;
    expect(kpi27.valueHow).toBe(
      'average cost of "Independent < 16" from the placement register as at 2021-03-31 (synthetic)',
    );
    expect(kpi27.value).toBe(pounds(38_140)); // the March register's average: seed 003's baseline
    const failures = result.checks.filter((c) => c.check === 'kpi-equals-placements');
    expect(failures.find((f) => f.where.startsWith('KPI 27 '))).toMatchObject({
      left: { value: pounds(33_657) },
      right: { value: pounds(38_140) },
      message:
        'KPI 27 2021-05 value is £33,657 but the average cost of "Independent < 16" from the placement register as at 2021-03-31 (synthetic) is £38,140',
    });
  });
});
