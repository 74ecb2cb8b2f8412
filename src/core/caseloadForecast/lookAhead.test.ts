import { describe, expect, it } from 'vitest';
import { lookAheadCheck } from '../../testing/lookAhead';
import { syntheticPanel } from '../../testing/syntheticPanel';
import { at } from './panelArrays';
import { pooledComponents, type PooledComponent } from './pooledMethods';

// No look-ahead, proven: every forecast, every setting chosen, every method chosen and every interval
// decided at an origin comes out the same when the back-test is rebuilt from only what the June release
// of that origin published. The same check on the DfE's releases is in
// src/services/national/nationalScorecard.db.test.ts.

const panel = syntheticPanel(16, 11);
const origins = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('the back-test uses nothing published after its origin (synthetic panel)', () => {
  it('rebuilds every decision at every origin 2014-2024 exactly from the published-only view', () => {
    const { compared, mismatches } = lookAheadCheck(panel, origins, 3);
    expect(mismatches).toEqual([]);
    // Forecasts of every council and method, settings, chosen methods and intervals were all compared.
    expect(compared).toBeGreaterThan(16 * origins.length * 3 * 10);
  }, 120_000);

  it('catches a stock-flow that reads the new plans of calendar O (published a year later)', () => {
    // The trap of the issue: N(O) makes the next January's count almost an identity.
    const leaky: PooledComponent = {
      id: 'stockFlow',
      label: 'Stock-flow reading N(O)',
      settings: 1,
      describe: () => 'reads N(O)',
      forecast: (arrays, origin, h) =>
        Float64Array.from(arrays.councils, (c) => {
          const next = at(c.plans, arrays.first, origin) * 0.92 + at(c.newPlans, arrays.first, origin);
          return next * 1.1 ** (h - 1);
        }),
    };
    const components = [...pooledComponents.filter((p) => p.id !== 'stockFlow'), leaky];
    const { mismatches } = lookAheadCheck(panel, [2020, 2024], 3, components);
    expect(mismatches.some((m) => m.what.includes(' stockFlow total h=1'))).toBe(true);
    expect(mismatches.some((m) => m.what.includes(' ensemble total h=1'))).toBe(true);
  }, 120_000);
});
