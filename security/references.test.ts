// References and ranges in the figures (issue 16): what names a plan version must name one that exists, a
// version something reads cannot be deleted, KPI figures and agreement money are within sane ranges, one
// bad stored KPI value cannot take the council's KPIs down, an imported plan follows the line API's rule
// for line ids and the one length limit for names, and the audit keeps money as whole pence.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kingstonAgreementFile } from '../src/services/safetyValve/demo';
import { startTwoCouncils, type TwoCouncils } from './twoCouncils';

let s: TwoCouncils;
const agreement = () =>
  (JSON.parse(readFileSync(kingstonAgreementFile, 'utf8')) as { agreement: Record<string, unknown> })
    .agreement;
const plan = (version: string, lineId = 'hnb') => ({
  council: '314',
  version,
  years: ['2021-22'],
  opening: { cumulativeDeficit: 0 },
  lines: [{ id: lineId, kind: 'hnbAllocation', label: 'HNB', amounts: { '2021-22': 1 } }],
});

beforeAll(async () => {
  s = await startTwoCouncils();
}, 120_000);
afterAll(async () => s?.close());

const errorOf = async (res: Response) =>
  (await res.json()) as { error: string; field?: string; problems?: string[] };

describe('references between the figures', () => {
  it('refuses an agreement, a KPI set, a KPI definition or a period naming a version that does not exist (nothing saved)', async () => {
    const before = await (await s.call('viewer', 'GET', '/api/councils/314/safety-valve/agreement')).text();
    const bad = await s.call('finance', 'PUT', '/api/councils/314/safety-valve/agreement', {
      ...agreement(),
      agreedVersion: 'No such version',
    });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({
      field: 'agreedVersion',
      error: expect.stringContaining('has no plan version called "No such version"') as unknown,
    });
    expect(await (await s.call('viewer', 'GET', '/api/councils/314/safety-valve/agreement')).text()).toBe(
      before,
    );

    const period = await s.call('finance', 'PUT', '/api/councils/314/kpis/periods/2021-05', {
      valueVersion: 'No such version',
    });
    expect(period.status).toBe(400);
    expect(await errorOf(period)).toMatchObject({ field: 'valueVersion' });
    const set = (await (await s.call('viewer', 'GET', '/api/councils/314/kpis/2021-22')).json()) as Record<
      string,
      unknown
    >;
    const { revision: _revision, revisions: _revisions, ...file } = set;
    void [_revision, _revisions];
    const imported = await s.call('finance', 'POST', '/api/councils/314/kpis?replace=true', {
      ...file,
      targetVersion: 'No such version',
    });
    expect(imported.status).toBe(400);
    expect((await errorOf(imported)).problems).toContain(
      'targetVersion: Kingston upon Thames has no plan version called "No such version"',
    );
    const defined = await s.call('finance', 'PUT', '/api/councils/314/kpis/2021-22/99?targetVersion=Nope', {
      name: 'New',
      category: 'Demand Management',
      unit: 'count',
      direction: 'lower',
      baseline: 1,
      baselineDate: '2021-03-31',
      annualTarget: 1,
      target: { kind: 'annual' },
    });
    expect(defined.status).toBe(400);
    expect(await errorOf(defined)).toMatchObject({ field: 'targetVersion' });
    // The dashboard still answers: the set was not replaced and the period still names its version.
    expect((await s.call('viewer', 'GET', '/api/councils/314/kpis/dashboard')).status).toBe(200);
  });

  it('refuses to delete a version the agreement, the KPIs or a return read, saying which', async () => {
    const res = await s.call(
      'finance',
      'DELETE',
      `/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}`,
    );
    expect(res.status).toBe(409);
    const { error } = await errorOf(res);
    expect(error).toContain('the KPI period 2021-05 (its values)');
    expect(error).toContain('the Safety Valve return 2021-22 Q1 (its projection)');
  });
});

describe('ranges', () => {
  it('refuses implausible KPI figures and negative agreement money', async () => {
    const value = '/api/councils/314/kpis/2021-22/1/values/2021-05';
    for (const figure of [1e308, -1e20]) {
      const res = await s.call('finance', 'PUT', value, { value: figure });
      expect(res.status, String(figure)).toBe(400);
      expect((await errorOf(res)).field).toBe('value');
    }
    const money = await s.call('finance', 'PUT', '/api/councils/314/kpis/2021-22/23/values/2021-05', {
      publishedTarget: 1e308,
    });
    expect(money.status).toBe(400);
    const funding = await s.call('finance', 'PUT', '/api/councils/314/safety-valve/agreement', {
      ...agreement(),
      totalFunding: -1,
    });
    expect(funding.status).toBe(400);
    expect(await errorOf(funding)).toMatchObject({ field: 'totalFunding' });
  });

  it('keeps the KPI dashboard and evaluation answering when one stored value is absurd', async () => {
    // Stored before the limits existed (or by hand): the KPIs must still be shown, that one without a value.
    await s.t.ctx.db
      .updateTable('kpi_values')
      .set({ value: 1e308 })
      .where(
        'definition_id',
        'in',
        s.t.ctx.db.selectFrom('kpi_definitions').select('id').where('ref', '=', '1'),
      )
      .execute();
    for (const url of [
      '/api/councils/314/kpis/dashboard',
      '/api/councils/314/kpis/evaluation?period=2021-05',
      '/api/councils/314/safety-valve/returns/2021-22-Q1',
    ]) {
      const res = await s.call('viewer', 'GET', url);
      expect(res.status, url).toBe(200);
    }
    const dashboard = (await (await s.call('viewer', 'GET', '/api/councils/314/kpis/dashboard')).json()) as {
      kpis: Array<{ ref: string; value: number | null }>;
      problems: string[];
    };
    expect(dashboard.kpis.find((k) => k.ref === '1')!.value).toBeNull();
    expect(dashboard.kpis.find((k) => k.ref === '14')!.value).not.toBeNull();
    expect(dashboard.problems.join('\n')).toContain(
      'KPI 1: the recorded value 1e+308 is not a plausible figure',
    );
  });

  it('gives an imported plan the line API’s rule for ids and one length limit for names', async () => {
    const traversal = await s.call(
      'finance',
      'POST',
      '/api/councils/314/model/versions',
      plan('Imported', '../../etc/passwd'),
    );
    expect(traversal.status).toBe(400);
    expect((await errorOf(traversal)).problems![0]).toMatch(
      /^lines\[0\]\.id: '\.\.\/\.\.\/etc\/passwd' may use only letters, digits/,
    );
    const long = await s.call(
      'finance',
      'POST',
      '/api/councils/314/model/versions',
      plan('x'.repeat(20_000)),
    );
    expect(long.status).toBe(400);
    expect((await errorOf(long)).problems).toEqual([
      'version: is 20000 characters long: a version name may be at most 200',
    ]);
    const copy = await s.call(
      'finance',
      'POST',
      `/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}/copy`,
      { name: 'y'.repeat(201) },
    );
    expect(copy.status).toBe(400);
    const line = await s.call('finance', 'POST', '/api/councils/314/model/versions', plan('Fine'));
    expect(line.status).toBe(201);
  });

  it('audits money as whole pence, never pounds as floating point', async () => {
    await s.call(
      'finance',
      'POST',
      `/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}/copy`,
      { name: 'Pence' },
    );
    await s.call('finance', 'PUT', '/api/councils/314/model/versions/Pence/lines/hnb-allocation/amounts', {
      year: '2021-22',
      amount: '32,473,533.40',
    });
    const entry = await s.t.ctx.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'plan-line-amount')
      .where('entity_id', 'like', 'Pence /%')
      .executeTakeFirstOrThrow();
    expect(entry.after).toEqual({ amountPence: 3_247_353_340 });
    expect(Number.isInteger((entry.before as { amountPence: number }).amountPence)).toBe(true);
  });
});
