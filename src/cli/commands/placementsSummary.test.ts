import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

// The contract of `highneeds placements summary --format json` (issue 5), on a small synthetic register
// worked out by hand. Every row is costed on a financial-year basis so that a placement open all year
// costs exactly its annual rate.
//   A independent special, < 16, £40,000; children's social care £5,000, children's health £2,000
//   B mainstream academy, < 16, £6,000 place + £4,000 top-up
//   C FE college, > 16 (17 on 31 August 2020), £3,000; adult social care £1,000, adults health £1,500
//   D maintained special, starts 1 September 2021 (not open on 31 May): £30,000 a year ×
//     212/365 days in 2021-22 = £17,424.66 (1,742,465.75p, rounded half up)
// totalCost = £40,000 + £10,000 + £3,000 + £17,424.66 = £70,424.66; 3 children open on 31 May;
// average cost of an EHCP = £70,424.66 / 3 = £23,474.89 (2,347,488.67p); independent share
// £40,000 / £70,424.66 = 56.798...% → 56.80.
const header =
  'child_id,date_of_birth,primary_need,setting_type,provider,urn,in_borough,start_date,end_date,place_funding,top_up,other_cost,cost_basis,health_contribution,social_care_contribution,adult_social_care_contribution,adult_health_contribution';
const may = [
  header,
  'SYN-A1,2010-01-15,ASD,special_independent,Synthetic Independent School,910001,no,2019-09-01,,0,40000,0,financial,2000,5000,0,0',
  'SYN-B1,2012-05-01,SLCN,mainstream_academy,Synthetic Primary Academy,920001,yes,2019-09-01,,6000,4000,0,financial,0,0,0,0',
  'SYN-C1,2003-02-01,MLD,general_fe_tertiary_colleges,Synthetic FE College,19990001,yes,2019-09-01,,0,3000,0,financial,0,0,1000,1500',
  'SYN-D1,2009-07-01,SEMH,special_la_maintained,Synthetic Special School,930001,yes,2021-09-01,,10000,20000,0,financial,0,0,0,0',
].join('\n');
// The year before: A's social care paid £6,000 and its health £1,000; nobody paid adults health; no D.
const march = [
  header,
  'SYN-A1,2010-01-15,ASD,special_independent,Synthetic Independent School,910001,no,2019-09-01,,0,40000,0,financial,1000,6000,0,0',
  'SYN-B1,2012-05-01,SLCN,mainstream_academy,Synthetic Primary Academy,920001,yes,2019-09-01,,6000,4000,0,financial,0,0,0,0',
  'SYN-C1,2003-02-01,MLD,general_fe_tertiary_colleges,Synthetic FE College,19990001,yes,2019-09-01,,0,3000,0,financial,0,0,1000,0',
].join('\n');

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
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-summary-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const empty = { count: 0, total: 0, average: null };

describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'highneeds placements summary --format json (issue 5 contract)',
  () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = path.join(dir, 'data');
      const add = [
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
      ];
      expect(await main([...add, '--data', dataDir], captureIO().io)).toBe(0);
      for (const [name, text, asAt] of [
        ['march.csv', march, '2021-03-31'],
        ['may.csv', may, '2021-05-31'],
      ] as const) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, text);
        const c = captureIO();
        expect(
          await main(
            ['placements', 'import', file, '--council', '314', '--as-at', asAt, '--data', dataDir],
            c.io,
          ),
          c.err(),
        ).toBe(0);
      }
    });

    it('has the agreed keys and the figures worked out by hand', async () => {
      const c = captureIO();
      expect(
        await main(
          [
            'placements',
            'summary',
            '--council',
            '314',
            '--year',
            '2021-22',
            '--format',
            'json',
            '--data',
            dataDir,
          ],
          c.io,
        ),
      ).toBe(0);
      const s = JSON.parse(c.out()) as Record<string, unknown>;
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining([
          'placements',
          'totalCost',
          'averageCostByCategory',
          'averageCostOfEhcp',
          'independentSectorSharePct',
          'contributionsByPartner',
        ]),
      );
      expect(s.placements).toBe(3);
      expect(s.totalCost).toBe(7_042_466);
      expect(s.averageCostOfEhcp).toBe(2_347_489);
      expect(s.independentSectorSharePct).toBe(56.8);
      expect(s.averageCostByCategory).toEqual({
        mainstream: { count: 1, total: 10_000_00, average: 10_000_00 },
        'resourced provision or SEN unit': empty,
        'maintained special or special academy': empty,
        'non-maintained or independent special': { count: 1, total: 40_000_00, average: 40_000_00 },
        'hospital or alternative provision': empty,
        'post-16 and further education': { count: 1, total: 3_000_00, average: 3_000_00 },
        other: empty,
      });
      expect(Object.keys(s.averageCostByCategory as object)).toEqual([
        'mainstream',
        'resourced provision or SEN unit',
        'maintained special or special academy',
        'non-maintained or independent special',
        'hospital or alternative provision',
        'post-16 and further education',
        'other',
      ]);
      expect(s.contributionsByPartner).toEqual({
        socialCare: 5_000_00,
        adultSocialCare: 1_000_00,
        health: 2_000_00,
        adultHealth: 1_500_00,
      });
      expect(s.contributionChanges).toMatchObject({
        previousAsAt: '2021-03-31',
        previousYear: '2020-21',
        rows: [
          { partner: 'socialCare', current: 5_000_00, previous: 6_000_00, change: -1_000_00 },
          { partner: 'adultSocialCare', current: 1_000_00, previous: 1_000_00, change: 0 },
          { partner: 'health', current: 2_000_00, previous: 1_000_00, change: 1_000_00 },
          { partner: 'adultHealth', current: 1_500_00, previous: 0, change: 1_500_00 },
        ],
        total: { change: 1_500_00 },
      });
    });

    it('prints the four partners and their change as a table', async () => {
      const c = captureIO();
      expect(await main(['placements', 'summary', '--council', '314', '--data', dataDir], c.io)).toBe(0);
      expect(c.out()).toMatch(/Children's social care\s+£5,000\s+£6,000\s+-£1,000/);
      expect(c.out()).toMatch(/Adults health\s+£1,500\s+£0\s+£1,500/);
      expect(c.out()).toMatch(/Total\s+£9,500\s+£8,000\s+£1,500/);
      expect(c.out()).toMatch(/non-maintained or independent special\s+1\s+£40,000\s+£40,000/);
    });
  },
);
