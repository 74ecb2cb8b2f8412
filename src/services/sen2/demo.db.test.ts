import { xoroshiro128plus } from 'pure-rand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtest } from '../../core/forecast/backtest';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { simulationStreams } from '../../core/forecast/rng';
import { kingstonJanuary2018, kingstonJanuaryEhcps } from '../../io/sen2/synthetic/kingston';
import { requireCouncil } from '../councils';
import { loadDemo } from '../demo';
import { listForecastInputs, loadInputSet } from '../forecasts/inputSets';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { sen2Census } from './census';
import { demoSen2InputSetName } from './demo';
import { sen2Funnel } from './funnel';
import { listSen2Returns } from './imports';
import { sen2Reconciliation } from './reconciliation';

// The demo council with its synthetic SEN2 returns, imported through the real importer at demo load.

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli, { sen2: true });
}, 600_000);
afterAll(async () => t.database.close());

describe('the demo council with synthetic SEN2 returns', () => {
  it('holds seven returns, 2019 to 2025, each labelled synthetic', async () => {
    const returns = await listSen2Returns(t.ctx, cli, '314');
    expect(returns.map((r) => [r.collectionYear, r.synthetic, r.counts.errors])).toEqual(
      [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => [y, true, 0]),
    );
    // The made-up schools of the synthetic returns are all in the demo register or the demo URN lookup.
    expect(returns.every((r) => r.unresolvedUrns.length === 0)).toBe(true);
  });

  it("gives Kingston's published EHCPs at every January census (DfE EHCP statistics, caseload.csv)", async () => {
    const { januaries, synthetic } = await sen2Reconciliation(t.ctx, cli, '314');
    expect(synthetic).toBe(true);
    const own = januaries.filter((j) => j.source !== 'rebuilt').map((j) => [j.year, j.census.total]);
    expect(own).toEqual([[2018, kingstonJanuary2018], ...kingstonJanuaryEhcps]);
    const census = await sen2Census(t.ctx, cli, '314', { date: '2025-01-16' });
    expect(census).toMatchObject({ total: 1958, synthetic: true, fromReturn: 2025 });
  });

  it('has a funnel for every calendar year the returns cover', async () => {
    const { periods } = await sen2Funnel(t.ctx, cli, '314', {});
    expect(periods.map((p) => p.period)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    // 2025 is the weeks up to the January census, told by the 2025 return itself.
    expect(periods.at(-1)).toMatchObject({ fromReturn: 2025, partial: true });
    expect(periods.slice(0, -1).every((p) => !p.partial && p.plansIssued > 100)).toBe(true);
  });

  it('stores forecast inputs made from the returns, and the back-test runs on their history', async () => {
    const sets = await listForecastInputs(t.ctx, cli, '314');
    const fromSen2 = sets.find((s) => s.name === demoSen2InputSetName)!;
    expect(sets[0]!.name).toBe(demoSen2InputSetName);
    expect(fromSen2.source).toBe('SEN2 returns 2019, 2020, 2021, 2022, 2023, 2024, 2025 (synthetic)');
    expect(fromSen2.summary.history).toEqual(
      [[2018, kingstonJanuary2018], ...kingstonJanuaryEhcps].map(([year, ehcps]) => ({ year, ehcps })),
    );
    expect(fromSen2.summary.seedYear).toBe(2025);
    expect(
      fromSen2.warnings.some((w) => w.startsWith('no population file: a flat background population')),
    ).toBe(true);
    const { inputs } = await loadInputSet(
      t.ctx,
      await requireCouncil(t.ctx, cli, '314', 'council.read'),
      fromSen2.id,
    );
    const result = backtest(inputs, defaultOptions, 20, simulationStreams(xoroshiro128plus(1)));
    // Six folds: trained to 2018 projects 2020-2025, ..., trained to 2023 projects 2025.
    expect(result.folds.map((f) => f.trainedTo)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(result.overall.total.points).toBe(6 + 5 + 4 + 3 + 2 + 1);
    expect(result.overall.total.mape).toBeLessThan(0.25);
  });
});
