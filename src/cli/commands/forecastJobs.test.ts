import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

const good = path.join(import.meta.dirname, '..', '..', 'io', 'witan', 'testdata', 'good');
const bad = path.join(import.meta.dirname, '..', '..', 'io', 'witan', 'testdata', 'bad');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-fcjobs-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  const code = await main([...argv, '--data', data], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

describe('highneeds forecast inputs / start / list / show / push', () => {
  it('stores a folder, runs it as a job, lists and shows the run', async () => {
    expect(
      (
        await cli(
          'council',
          'add',
          '--code',
          '999',
          '--new-code',
          'E09000999',
          '--name',
          'Testshire',
          '--region',
          'London',
        )
      ).code,
    ).toBe(0);
    const rejected = await cli(
      'forecast',
      'inputs',
      'add',
      '--council',
      '999',
      '--name',
      'Bad',
      '--witan',
      bad,
    );
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain("costs.csv row 4, column `cost`: '12,5OO' is not an amount");
    expect(rejected.err.split('\n')[0]).toMatch(/^.*bad: .* more problems, below\); nothing was imported\.$/);
    const added = await cli(
      'forecast',
      'inputs',
      'add',
      '--council',
      '999',
      '--name',
      'Tiny',
      '--witan',
      good,
    );
    expect(added.out).toMatch(
      /^Stored forecast inputs 1 "Tiny": \d+ transitions, seed year 2021, projecting 2022, 2023/,
    );
    expect((await cli('forecast', 'inputs', '--council', '999')).out).toContain('Tiny');

    const started = await cli(
      'forecast',
      'start',
      '--council',
      '999',
      '--inputs',
      '1',
      '--simulations',
      '25',
      '--seed',
      '4',
    );
    expect(started.code).toBe(0);
    expect(started.out).toContain('Forecast run 1 "Forecast run 1" started: 25 simulations, seed 4.');
    expect(started.out).toContain('Forecast run 1 completed.');
    const list = await cli('forecast', 'list', '--council', '999', '--format', 'json');
    expect(JSON.parse(list.out)).toMatchObject({
      runs: [
        {
          number: 1,
          status: 'completed',
          progress: { done: 25, total: 25 },
          createdBy: 'command line (tester)',
        },
      ],
    });
    const table = await cli('forecast', 'show', '--council', '999', '--run', '1');
    expect(table.out).toMatch(/^Jan 2022 +2021-22 +\d+\.\d/m);
    const json = JSON.parse(
      (await cli('forecast', 'show', '--council', '999', '--run', '1', '--format', 'json')).out,
    ) as { years: Array<{ year: number }> };
    expect(json.years[0]!.year).toBe(2021);
    const missing = await cli('forecast', 'show', '--council', '999', '--run', '7');
    expect(missing).toMatchObject({ code: 1, err: 'Testshire has no forecast run 7.' });
    const push = await cli('forecast', 'push', '--council', '999', '--run', '1', '--version', 'Nope');
    expect(push).toMatchObject({ code: 1, err: 'Testshire has no plan version called "Nope".' });

    // The cost into a plan version in place of its spend line: the preview table, then the change.
    const planFile = path.join(data, 'plan.json');
    fs.writeFileSync(
      planFile,
      JSON.stringify({
        council: '999',
        version: 'Draft',
        years: ['2021-22', '2022-23'],
        opening: { cumulativeDeficit: 0, dfeContributionsToDate: 0 },
        lines: [
          {
            id: 'hnb',
            kind: 'hnbAllocation',
            label: 'HNB',
            amounts: { '2021-22': 1000000, '2022-23': 1000000 },
          },
          {
            id: 'spend',
            kind: 'expenditure',
            label: 'Spend',
            amounts: { '2021-22': 900000, '2022-23': 950000 },
          },
        ],
      }),
    );
    expect((await cli('model', 'import', planFile, '--council', '999')).code).toBe(0);
    const args = ['forecast', 'push', '--council', '999', '--run', '1', '--version', 'Draft'];
    const nothing = await cli(...args);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('replace: say which lines of "Draft" forecast run 1 stands for');
    const dry = await cli(...args, '--replace', 'spend', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('spend "Spend": 2021-22 £900,000, 2022-23 £950,000 (the line goes)');
    expect(dry.out).toMatch(/^2021-22 +£900,000 +£[\d,]+ /m);
    expect(dry.out).toContain('Dry run: nothing was changed.');
    const shown = JSON.parse(
      (await cli('model', 'export', '--council', '999', '--version', 'Draft')).out,
    ) as {
      lines: Array<{ id: string }>;
    };
    expect(shown.lines.map((l) => l.id)).toEqual(['hnb', 'spend']);
    const done = await cli(...args, '--replace', 'spend');
    expect(done.out).toContain('Done: "Draft" now holds forecast-demand.');
    const after = JSON.parse(
      (await cli('model', 'export', '--council', '999', '--version', 'Draft')).out,
    ) as {
      lines: Array<{ id: string }>;
    };
    expect(after.lines.map((l) => l.id)).toEqual(['hnb', 'forecast-demand']);
  }, 120_000);
});
