import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kingstonDemoDir } from '../../io/financialModel/demoFiles';
import type { CommandIO } from '../command';
import { main } from '../main';

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}
const demo = (name: string) => path.join(kingstonDemoDir, `${name}.json`);

describe('highneeds kpi evaluate', () => {
  it('prints per KPI the period target, value and RAG as JSON (seed 003: KPI 1 1,447/1,447 G; KPI 16 −22.76%/−22.33% G)', async () => {
    const c = captureIO();
    const args = [
      'kpi',
      'evaluate',
      demo('kpis-2021-22'),
      '--format',
      'json',
      '--plan',
      demo('safety-valve-agreement-2021'),
      '--plan',
      demo('latest-forecast-may-2021'),
    ];
    expect(await main(args, c.io)).toBe(0);
    const result = JSON.parse(c.out()) as {
      period: string;
      kpis: Array<Record<string, unknown>>;
      checks: Array<{ where: string }>;
      problems: string[];
    };
    expect(result.period).toBe('2021-05');
    expect(result.kpis).toHaveLength(39);
    expect(result.kpis[0]).toMatchObject({ ref: '1', periodTarget: 1447, value: 1447, rag: 'G' });
    const byRef = new Map(result.kpis.map((k) => [k.ref, k]));
    expect(byRef.get('2')).toMatchObject({ periodTarget: 1.17, value: 1.26, rag: 'A' });
    expect(byRef.get('9')).toMatchObject({ periodTarget: 5_432_000, value: 5_120_000, rag: 'G' });
    expect(byRef.get('16')).toMatchObject({ periodTarget: -22.76, value: -22.33, rag: 'G' });
    expect(byRef.get('6a')).toMatchObject({
      periodTarget: null,
      value: 1,
      rag: 'G',
      ruleRag: null,
      overridden: true,
    });
    expect(byRef.get('36')).toMatchObject({ periodTarget: null, value: null, rag: null });
    expect(result.checks.map((f) => f.where)).toEqual([
      'KPI 17 "Early Years outturn", 2021-05 value',
      'KPI 37 "Average cost of an Education, Health and Care Plan (EHCP)", 2021-05 value',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('prints a table by default, from the file alone, marking the override', async () => {
    const c = captureIO();
    expect(await main(['kpi', 'evaluate', demo('kpis-2021-22')], c.io)).toBe(0);
    expect(c.out()).toMatch(/^1\s+Actual EHCPs\s+1,447\s+1,447\s+G$/m);
    expect(c.out()).toMatch(/^6a\s+Movers\s+1\s+G\*$/m);
    expect(c.out()).toContain('KPI 6a: Published green with no target');
  });

  it('exits 1 listing every problem of a bad file, and 2 for a bad option', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-kpi-'));
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        council: '314',
        financialYear: '2021-22',
        kpis: [
          {
            ref: '7',
            name: 'x',
            category: 'Demand Management',
            unit: 'percent',
            direction: 'up',
            baseline: 2.2,
            baselineDate: '2021-03-31',
            annualTarget: 2.2,
            range: { min: 0, max: 100 },
          },
        ],
        periods: [{ period: '2021-05', values: [{ ref: '7', value: 101 }] }],
      }),
    );
    const c = captureIO();
    expect(await main(['kpi', 'evaluate', file], c.io)).toBe(1);
    expect(c.err()).toContain('kpis[0].direction: must be one of lower, higher, closeToTarget');
    expect(c.err()).toContain(
      'periods[0].values[0].value: 101.00% is outside the possible range 0.00% to 100.00%',
    );
    const usage = captureIO();
    expect(await main(['kpi', 'evaluate', demo('kpis-2021-22'), '--format', 'pdf'], usage.io)).toBe(2);
    const wrongPlan = captureIO();
    expect(
      await main(
        ['kpi', 'evaluate', demo('kpis-2021-22'), '--plan', demo('recovery-plan-2019')],
        wrongPlan.io,
      ),
    ).toBe(2);
    expect(wrongPlan.err()).toContain(
      'is neither the set\'s target version ("Safety Valve agreement, March 2021")',
    );
  });
});
