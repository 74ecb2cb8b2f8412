import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, release2022Zip } from '../../io/dfe/testdata/syntheticFiles';
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

describe('highneeds national (no database)', () => {
  it('is listed, and checks its options before opening anything', async () => {
    const help = captureIO();
    expect(await main(['--help'], help.io)).toBe(0);
    for (const words of ['national import', 'national benchmark', 'national releases'])
      expect(help.out()).toContain(`  ${words} `);
    const noFile = captureIO();
    expect(await main(['national', 'import'], noFile.io)).toBe(2);
    expect(noFile.err()).toContain('Give the file to import.');
    const badFormat = captureIO();
    expect(
      await main(
        ['national', 'benchmark', '--council', '314', '--year', '2022', '--format', 'xml'],
        badFormat.io,
      ),
    ).toBe(2);
    expect(badFormat.err()).toContain("--format must be table or json, not 'xml'.");
  });
});

// One embedded data folder for the file, as in main.test.ts; with DATABASE_URL set these are left to
// the service and API tests.
describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds national (embedded database)', () => {
  let dir: string;
  let dataDir: string;
  const first = captureIO();
  const again = captureIO();
  const neighbours = captureIO();
  const codes: number[] = [];

  // Creating the embedded database folder is the slow part (seconds, more on a busy machine): it and the
  // imports the other tests read happen once here, with a generous timeout.
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-national-'));
    dataDir = path.join(dir, 'data');
    fs.writeFileSync(path.join(dir, 'release.zip'), release2022Zip());
    fs.writeFileSync(path.join(dir, 'neighbours.csv'), fixtureBytes('neighbours-synthetic.csv'));
    const header =
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,TotNoExcEHC,NoExc20weekEHC';
    const rows = [
      '2021,Calendar year,Local authority,E92000001,England,E12000007,London,399,,Nowhere,5,1',
      '2021,Calendar year,National,E92000001,England,,,,,,5,one',
    ];
    fs.writeFileSync(path.join(dir, 'bad.csv'), [header, ...rows].join('\n'));
    codes.push(
      await main(['national', 'import', path.join(dir, 'release.zip'), '--data', dataDir], first.io),
    );
    codes.push(
      await main(['national', 'import', path.join(dir, 'release.zip'), '--data', dataDir], again.io),
    );
    codes.push(
      await main(['national', 'import', path.join(dir, 'neighbours.csv'), '--data', dataDir], neighbours.io),
    );
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a release, says what it read, and changes nothing the second time', () => {
    expect(codes).toEqual([0, 0, 0]);
    expect(first.out()).toMatch(
      /^Imported release\.zip: Education, health and care plans \(EHCP statistics release\), edition 2022\./,
    );
    expect(first.out()).toContain('read data/sen2_estab_caseload.csv (31 rows)');
    expect(first.out()).toMatch(/figures read: [\d,]+ added, 0 changed, 0 removed/);
    expect(again.out()).toMatch(/^Nothing changed: /);
    expect(again.out()).toContain('0 added, 0 changed, 0 removed');
    expect(neighbours.out()).toContain('15 neighbour links read: 15 added');
  });

  it('exits 1 with every row error of a file it cannot read, importing nothing', async () => {
    const bad = captureIO();
    expect(await main(['national', 'import', path.join(dir, 'bad.csv'), '--data', dataDir], bad.io)).toBe(1);
    expect(bad.err().split('\n')).toEqual([
      `${path.join(dir, 'bad.csv')}: bad.csv row 2, column \`old_la_code\`: '399': is not a known three-digit LA number (Nowhere); if the DfE has created a new LA, add it to src/core/benchmark/localAuthorities.ts (and 1 more problem, below); nothing was imported.`,
      "  bad.csv row 3, column `NoExc20weekEHC`: 'one': is not a number or a known missing-value code (x, z, c, :, .., ~)",
    ]);
    const missing = captureIO();
    expect(
      await main(['national', 'import', path.join(dir, 'nope.zip'), '--data', dataDir], missing.io),
    ).toBe(1);
    expect(missing.err()).toContain('nope.zip: no such file');
  }, 60_000);

  it('benchmarks a council as a table and as JSON, and refuses an unknown council', async () => {
    const table = captureIO();
    expect(
      await main(
        ['national', 'benchmark', '--council', '314', '--year', '2022', '--data', dataDir],
        table.io,
      ),
    ).toBe(0);
    expect(table.out()).toContain('Kingston upon Thames (314, E09000021), London: benchmark 2022');
    expect(table.out()).toContain('Statistical neighbours: Sutton, Richmond upon Thames, Bromley');
    expect(table.out()).toMatch(/EHCPs \(January census\) +January 2022 +121 +88 +209 +330 +1,100/);
    expect(table.out()).toMatch(/Growth in EHCPs over 1 year +January 2021 to January 2022 +21\.0%/);
    const json = captureIO();
    expect(
      await main(
        [
          'national',
          'benchmark',
          '--council',
          'E09000021',
          '--year',
          '2022',
          '--format',
          'json',
          '--data',
          dataDir,
        ],
        json.io,
      ),
    ).toBe(0);
    const report = JSON.parse(json.out()) as {
      council: { code: string };
      measures: { id: string; value: number | null }[];
    };
    expect(report.council.code).toBe('314');
    expect(report.measures.find((m) => m.id === 'ehcps')?.value).toBe(121);
    const unknown = captureIO();
    expect(
      await main(
        ['national', 'benchmark', '--council', '999', '--year', '2022', '--data', dataDir],
        unknown.io,
      ),
    ).toBe(1);
    expect(unknown.err()).toMatch(/^No local authority with code 999/);
  }, 60_000);

  it('lists what has been imported', async () => {
    const list = captureIO();
    expect(await main(['national', 'releases', '--data', dataDir], list.io)).toBe(0);
    expect(list.out()).toMatch(/ehcp-statistics +2022 +release\.zip/);
    expect(list.out()).toMatch(/statistical-neighbours +current +neighbours\.csv/);
  }, 60_000);
});
