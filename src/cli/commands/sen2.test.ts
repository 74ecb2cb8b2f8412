import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twelveChildrenDraft, twelveChildrenLookupCsv } from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport } from '../../io/sen2/writeBlade';
import type { CommandIO } from '../command';
import { main } from '../main';

// `highneeds sen2 ...` on an embedded database in a throwaway folder, with the hand-worked return.

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

let dir: string;
let dataDir: string;
const run = async (args: string[]) => {
  const c = captureIO();
  const code = await main([...args, '--data', dataDir], c.io);
  return { code, out: c.out(), err: c.err() };
};
function writeExport(name: string, draft = twelveChildrenDraft()): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  for (const [file, text] of writeBladeExport(draft, '2025-01-20'))
    fs.writeFileSync(path.join(folder, file), text);
  return folder;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-sen2-'));
  dataDir = path.join(dir, 'data');
  expect(
    (
      await run([
        'council',
        'add',
        '--code',
        '314',
        '--new-code',
        'E09000021',
        '--name',
        'Kingston upon Thames',
        '--region',
        'Outer London',
      ])
    ).code,
  ).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds sen2 on the embedded database', () => {
  it('refuses an export with errors, printing every one, exit code 1', async () => {
    const draft = twelveChildrenDraft();
    draft.placements[0]!.urn = 'ABC';
    const result = await run(['sen2', 'import', writeExport('bad', draft), '--council', '314']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /5b placement detail, line 2, column urn \('ABC'\) \[child [0-9a-f]{20}\]: is not a URN/,
    );
    expect(result.err).toContain('1 error; nothing was imported.');
  });

  it('checks, imports and lists a return; the URN lookup resolves its schools', async () => {
    const lookup = path.join(dir, 'lookup.csv');
    fs.writeFileSync(lookup, twelveChildrenLookupCsv);
    expect((await run(['sen2', 'urns', 'import', lookup, '--council', '314'])).out).toContain(
      'holds 3 establishments',
    );
    const folder = writeExport('good');
    const check = await run(['sen2', 'check', folder, '--council', '314']);
    expect(check.out).toContain(
      'has no errors: 13 people, 9 with a plan open on the reference date, 17 warnings.',
    );
    const imported = await run(['sen2', 'import', folder, '--council', '314']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(
      'Imported the 2025 SEN2 return into council 314 (reference date 2025-01-16): 13 people, 9 with a plan open',
    );
    // The register is empty here, so its two URNs and 199999 are unresolved.
    expect(imported.out).toContain('100001 (5 records)');
    expect((await run(['sen2', 'list', '--council', '314'])).out).toMatch(/2025\s+2025-01-16\s+13\s+9/);
  });

  it('prints the census as JSON in the documented shape, and as tables', async () => {
    const json = await run([
      'sen2',
      'census',
      '--council',
      '314',
      '--date',
      '2025-01-16',
      '--format',
      'json',
    ]);
    const census = JSON.parse(json.out) as Record<string, unknown>;
    expect(Object.keys(census).slice(0, 6)).toEqual([
      'date',
      'total',
      'byNcy',
      'byNeed',
      'bySetting',
      'byCategory',
    ]);
    expect(census).toMatchObject({ date: '2025-01-16', total: 9, byNeed: { ASD: 2, DS: 1 } });
    const table = await run(['sen2', 'census', '--council', '314', '--date', '2025-01-16']);
    expect(table.out).toContain('EHCPs on 2025-01-16: 9 (from the 2025 return)');
    expect(table.out).toMatch(/Autistic spectrum disorder|ASD\s+2/);
    expect((await run(['sen2', 'census', '--council', '314', '--date', 'tomorrow'])).code).not.toBe(0);
  });

  it('prints the funnel, the reconciliation and the data-quality report', async () => {
    const funnel = await run([
      'sen2',
      'funnel',
      '--council',
      '314',
      '--from',
      '2024-01-01',
      '--to',
      '2024-12-31',
    ]);
    expect(funnel.out).toMatch(/2024\s+6\s+3\s+1\s+3\s+33\.3%\s+50\.0%\s+2\s+2025/);
    const reconcile = await run(['sen2', 'reconcile', '--council', '314']);
    expect(reconcile.out).toContain('no EHCP statistics have been imported');
    expect(reconcile.out).toMatch(/2025\s+2025-01-16\s+2025 return\s+9/);
    const quality = await run(['sen2', 'quality', '--council', '314']);
    expect(quality.out).toContain('A request with no outcome after 20 weeks');
    expect(quality.out).toContain('more than 20 weeks before 2025-01-16');
  });

  it('stores forecast inputs from the return and back-tests them', async () => {
    const added = await run([
      'forecast',
      'inputs',
      'add',
      '--from-sen2',
      '--council',
      '314',
      '--name',
      'From SEN2',
    ]);
    expect(added.code).toBe(0);
    expect(added.out).toContain('from SEN2 returns 2025');
    expect(added.out).toMatch(/2024-2025\s+2025\s+4\s+1\s+3\s+2\s+1\s+both Januaries in the return/);
    expect(added.err).toContain('note: no population file');
    const id = /Stored forecast inputs (\d+)/.exec(added.out)![1]!;
    const backtest = await run([
      'forecast',
      'backtest',
      '--council',
      '314',
      '--inputs',
      id,
      '--simulations',
      '5',
    ]);
    expect(backtest.code, backtest.err).toBe(0);
    expect(backtest.out).toContain(`Back-test of stored inputs ${id} "From SEN2"`);
  });

  it('refuses to delete a return forecast inputs were made from, naming them, and keeps it', async () => {
    const refused = await run(['sen2', 'delete', '2025', '--council', '314']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'The 2025 SEN2 return cannot be deleted: the forecast inputs “From SEN2” were made from it',
    );
    expect((await run(['sen2', 'list', '--council', '314'])).out).toMatch(/2025\s+2025-01-16/);
    const usage = await run(['sen2', 'delete', 'last', '--council', '314']);
    expect(usage.code).toBe(1);
    expect(usage.err).toContain('The return year must be a year such as 2025.');
  });
});
