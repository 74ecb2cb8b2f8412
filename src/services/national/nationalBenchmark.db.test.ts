import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cumulativeBalanceXlsx,
  fixtureBytes,
  hnBenchmarkingXlsx,
  release2022Zip,
  release2025Zip,
} from '../../io/dfe/testdata/syntheticFiles';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { importNationalFile } from './importNationalData';
import { nationalBenchmark } from './nationalBenchmark';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;

beforeAll(async () => {
  t = await openTestContext();
});
afterAll(async () => t.database.close());

describe('benchmark before any data', () => {
  it('says how to import some', async () => {
    await expect(nationalBenchmark(t.ctx, cli, { council: '314', year: 2022 })).rejects.toThrow(
      /No EHCP statistics have been imported yet/,
    );
  });
});

describe('benchmark of synthetic data', () => {
  beforeAll(async () => {
    for (const [name, bytes] of [
      ['r2022.zip', release2022Zip()],
      ['r2025.zip', release2025Zip()],
      ['hn.xlsx', await hnBenchmarkingXlsx()],
      ['cum.xlsx', await cumulativeBalanceXlsx()],
      ['sn.csv', fixtureBytes('neighbours-synthetic.csv')],
    ] as const) {
      await importNationalFile(t.ctx, cli, { name, bytes });
    }
  }, 120_000);

  it('measures the council for the year against its neighbours, Outer London, London and England', async () => {
    const report = await nationalBenchmark(t.ctx, cli, { council: 'E09000021', year: 2022 });
    expect(report.council.name).toBe('Kingston upon Thames');
    expect(report.neighbours.map((n) => n.name)).toEqual(['Sutton', 'Richmond upon Thames', 'Bromley']);
    const ehcps = report.measures.find((m) => m.id === 'ehcps')!;
    expect(ehcps.value).toBe(121);
    expect(ehcps.comparators.map((c) => [c.name, c.value, c.basis])).toEqual([
      ['Statistical neighbours', 88, 'pooled'],
      ['Outer London', 209, 'pooled'],
      ['London', 330, 'published'],
      ['England', 1100, 'published'],
    ]);
    const growth = report.measures.find((m) => m.id === 'growth1y')!;
    expect(growth.value).toBeCloseTo(21, 10);
    expect(report.releases.map((r) => `${r.publication} ${r.edition}`)).toContain('ehcp-statistics 2025');
  });

  it('uses the financial year containing the census for money (2022: 2021-22)', async () => {
    const report = await nationalBenchmark(t.ctx, cli, {
      council: '314',
      year: 2022,
      measures: ['hnSpendPerHead.budget.topUpMaintained', 'dsgCumulativeBalancePct'],
    });
    const [topUp, balance] = report.measures;
    expect(topUp?.period).toBe('2021-22');
    expect(topUp?.value).toBeCloseTo(9381733.36 / 37801.419, 10);
    expect(balance?.notAvailable).toBe('The imported data has no figures for 2021-22.');
  });

  it('prefers the later release where both give a year', async () => {
    const report = await nationalBenchmark(t.ctx, cli, {
      council: '314',
      year: 2025,
      measures: ['ehcps', 'age.5to10'],
    });
    expect(report.measures[0]?.value).toBe(232);
    expect(report.measures[1]?.value).toBeCloseTo((80 / 232) * 100, 10);
  });

  it('answers clearly for a council or year the data does not have, or an unknown measure', async () => {
    await expect(nationalBenchmark(t.ctx, cli, { council: '999', year: 2022 })).rejects.toThrow(
      /No local authority with code 999/,
    );
    await expect(nationalBenchmark(t.ctx, cli, { council: '314', year: 2030 })).rejects.toThrow(
      'year: there are no EHCP figures for January 2030; the imported releases cover January 2021 to January 2025.',
    );
    await expect(
      nationalBenchmark(t.ctx, cli, { council: '314', year: 2022, measures: ['height'] }),
    ).rejects.toThrow(/'height' is not a benchmark measure/);
  });

  it('is open to people with a role in a council, not to others', async () => {
    const member: Actor = {
      kind: 'user',
      user: {
        id: 9,
        email: 'v@x.org',
        displayName: 'V',
        isSystemAdmin: false,
        roles: new Map([[1, 'viewer']]),
      },
    };
    const nobody: Actor = {
      kind: 'user',
      user: { id: 10, email: 'n@x.org', displayName: 'N', isSystemAdmin: false, roles: new Map() },
    };
    expect(
      (await nationalBenchmark(t.ctx, member, { council: '319', year: 2022, measures: ['ehcps'] }))
        .measures[0]?.value,
    ).toBe(88);
    await expect(nationalBenchmark(t.ctx, nobody, { council: '314', year: 2022 })).rejects.toThrow(
      /Benchmarking is for people with a role in a council/,
    );
  });

  it('takes RAG deciles as options', async () => {
    // Kingston's growth is the highest of three councils: decile 9, red by default (9 and 10).
    const byDefault = await nationalBenchmark(t.ctx, cli, {
      council: '314',
      year: 2022,
      measures: ['growth1y'],
    });
    expect([byDefault.measures[0]?.standing?.decile, byDefault.measures[0]?.rag]).toEqual([9, 'red']);
    const report = await nationalBenchmark(t.ctx, cli, {
      council: '314',
      year: 2022,
      measures: ['growth1y'],
      redFrom: 10,
      amberFrom: 9,
    });
    expect(report.measures[0]?.rag).toBe('amber');
  });
});
