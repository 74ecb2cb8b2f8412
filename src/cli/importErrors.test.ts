import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../io/dfe/testdata/syntheticFiles';
import { zerosBomb } from '../io/zip/testing/bombs';
import type { CommandIO } from './command';
import { main } from './main';

// Issue 16: every importer command answers a bad file with one line that names the file and the first
// problem (row, column, value), exits 1, and never prints a stack trace.

let dir = '';
let data = '';
const file = (name: string, content: string | Uint8Array) => {
  const at = path.join(dir, name);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.writeFileSync(at, content);
  return at;
};

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(...t.split('\n')),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  const code = await main(
    [...argv, ...(argv[0] === 'kpi' || argv[1] === 'compute' ? [] : ['--data', data])],
    io,
  );
  return { code, first: err[0] ?? '', err: err.join('\n'), out: out.join('\n') };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-cli-bad-'));
  data = path.join(dir, 'data');
  const added = await run([
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
  ]);
  expect(added.code, added.err).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const plan = (amount: unknown, version = 'Draft') =>
  JSON.stringify({
    council: '314',
    version,
    years: ['2021-22'],
    opening: { cumulativeDeficit: 0, dfeContributionsToDate: 0 },
    lines: [{ kind: 'hnbAllocation', label: 'High Needs Block', amounts: { '2021-22': amount } }],
  });

describe('importer commands say what is wrong with a bad file in one line, exit 1', () => {
  it.each([
    [
      'placements import (a cell with a NUL)',
      () => [
        'placements',
        'import',
        file('nul.csv', 'child_id,date_of_birth\nA\u0000B,2011-01-01\n'),
        '--council',
        '314',
        '--as-at',
        '2021-06-30',
      ],
      /nul\.csv: row 2, column child_id: holds a NUL \(U\+0000\) at character 2, which is not allowed: remove it; nothing was imported\.$/,
    ],
    [
      'placements import (a file cut short in a quote)',
      () => [
        'placements',
        'import',
        file('cut.csv', 'child_id,"date_of'),
        '--council',
        '314',
        '--as-at',
        '2021-06-30',
      ],
      /cut\.csv: row 1: has a quote \("\) that is never closed/,
    ],
    [
      'placements import (an .xlsx zip bomb)',
      () => [
        'placements',
        'import',
        file('bomb.xlsx', zerosBomb(400, 'xl/worksheets/sheet1.xml')),
        '--council',
        '314',
        '--as-at',
        '2021-06-30',
      ],
      /bomb\.xlsx: The register says it unpacks to 400 MB; highneeds unpacks at most 256 MB from one file\. Nothing was stored\.$/,
    ],
    [
      'model import (an amount of 1e308)',
      () => ['model', 'import', file('big.json', plan(1e308)), '--council', '314'],
      /big\.json: lines\[0\]\.amounts\.2021-22: '1e\+308' is not an amount in pounds/,
    ],
    [
      'model import (a NUL in the version name)',
      () => ['model', 'import', file('nul.json', plan(1, 'Draft\u0000')), '--council', '314'],
      /nul\.json: version: holds a NUL \(U\+0000\) at character 6, which is not allowed: remove it; nothing was imported\.$/,
    ],
    [
      'model compute (no such file)',
      () => ['model', 'compute', path.join(os.tmpdir(), 'no-such-plan.json')],
      /no-such-plan\.json: no such file$/,
    ],
    [
      'drp import (not a workbook)',
      () => ['drp', 'import', file('plan.xlsx', 'not a zip'), '--council', '314'],
      /plan\.xlsx: \(file\): is not an Excel workbook \(\.xlsx\); nothing was imported\.$/,
    ],
    [
      'national import (an EHCP count of -5)',
      () => [
        'national',
        'import',
        file(
          'caseload.csv',
          new TextDecoder()
            .decode(fixtureBytes('ehcp2025', 'caseload.csv'))
            .replace(',All EHC plans,All EHC plans,232,', ',All EHC plans,All EHC plans,-5,'),
        ),
      ],
      /caseload\.csv: caseload\.csv row 5, column `ehcplans`: '-5': is not a count the DfE publishes: it must be 0 or more; nothing was imported\.$/,
    ],
    [
      'forecast inputs add (a population of 1e308)',
      () => {
        const good = path.join(import.meta.dirname, '..', 'io', 'witan', 'testdata', 'good', 'data');
        for (const name of fs.readdirSync(good))
          file(`witan/${name}`, fs.readFileSync(path.join(good, name)));
        const population = fs.readFileSync(path.join(good, 'population.csv'), 'utf8').split('\n');
        population[1] = population[1]!.replace(/[^,]+$/, '1e308');
        file('witan/population.csv', population.join('\n'));
        return [
          'forecast',
          'inputs',
          'add',
          '--council',
          '314',
          '--name',
          'Bad',
          '--witan',
          path.join(dir, 'witan'),
        ];
      },
      /witan: population\.csv row 2, column `population`: '1e308' must be 100,000,000 or less/,
    ],
    [
      'kpi evaluate (not JSON)',
      () => ['kpi', 'evaluate', file('kpis.json', '{"kpis": [')],
      /kpis\.json: not valid JSON \(/,
    ],
  ])('%s', async (_name, argv, expected) => {
    const result = await run(argv());
    expect(result.code, result.err).toBe(1);
    expect(result.first).toMatch(expected);
    expect(result.err).not.toMatch(/^\s+at /m);
  });
});
