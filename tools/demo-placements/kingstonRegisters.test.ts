import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundToPounds } from '../../src/core/money';
import type { Placement } from '../../src/core/placements';
import { kingstonCategoryMap } from '../../src/core/placements';
import { readRegisterCsv } from '../../src/io/placements/readCsv';
import { buildKingstonRegisters, registerCsv } from './kingstonRegisters';
import { summariseDemoRegister } from './verify';
import { baselineTargets, mayTargets } from './targets';

const folder = path.resolve(import.meta.dirname, '..', '..', 'demo', 'kingston');
const committed = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
function read(name: string, asAt: string): Placement[] {
  const result = readRegisterCsv(committed(name), { asAt, categoryMap: kingstonCategoryMap });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.data;
}
const pounds = (pence: number | null) => (pence === null ? null : roundToPounds(pence) / 100);

// Seed 003, KPI table: refs 25-34 by Kingston category, 37 and 38; columns "Baseline 31st March 2021"
// and "2021/22 MAY". Written out here (not taken from the generator) so that the test checks the files
// against the published table, not against the generator's own numbers.
const seed003 = {
  baseline: {
    under16: 18_778,
    over16: 13_206,
    byCategory: [38_140, 29_683, 30_204, 32_658, 2_495, 39_088, 30_606, 17_695],
    ehcp: 21_183,
    share: 28.45,
  },
  may: {
    under16: 16_797,
    over16: 11_778,
    byCategory: [33_657, 28_547, 29_189, 33_837, 2_691, 29_172, 24_766, 16_768],
    ehcp: 20_009,
    share: 26.37,
  },
};
const kingstonIds = [
  'independent-under-16',
  'special-in-borough',
  'special-out-borough',
  'independent-over-16',
  'fe-college-over-16',
  'isp-over-16',
  'special-in-borough-over-16',
  'alternative-provision',
];

describe('the demo registers (synthetic, tools/demo-placements)', () => {
  const previous = read('placements-2021-03-31.csv', '2021-03-31');
  const current = read('placements-2021-05-31.csv', '2021-05-31');

  it('are exactly what the seeded generator writes', () => {
    const built = buildKingstonRegisters();
    expect(committed('placements-2021-03-31.csv')).toBe(registerCsv(built.previous));
    expect(committed('placements-2021-05-31.csv')).toBe(registerCsv(built.current));
  });

  it('are made up: SYN- ids, "Synthetic" providers, 9xxxxx URNs and 1999xxxx UKPRNs', () => {
    for (const p of [...previous, ...current]) {
      expect(p.childId).toMatch(/^SYN-\d{4}$/);
      expect(p.provider).toMatch(/^Synthetic /);
      if (p.urn !== null) expect(p.urn).toMatch(/^(9\d{5}|1999\d{4})$/);
    }
  });

  for (const [name, placements, asAt, published] of [
    ['31 March 2021 register, 2020-21: seed 003 KPI baselines', previous, baselineTargets, seed003.baseline],
    ['31 May 2021 register, 2021-22: seed 003 May 2021 column', current, mayTargets, seed003.may],
  ] as const) {
    it(`${name}: KPIs 25-34, 37, 38`, () => {
      const s = summariseDemoRegister(placements, asAt);
      expect([
        pounds(s.averageCostByPhase.under16.average),
        pounds(s.averageCostByPhase.over16.average),
      ]).toEqual([published.under16, published.over16]);
      expect(kingstonIds.map((id) => pounds(s.averageCostByCouncilCategory[id]!.average))).toEqual(
        published.byCategory,
      );
      // Averages are exact to the penny: each group's total is its count × the published figure.
      expect(kingstonIds.map((id) => s.averageCostByCouncilCategory[id]!.average! % 100)).toEqual(
        kingstonIds.map(() => 0),
      );
      expect(pounds(s.averageCostOfEhcp)).toBe(published.ehcp);
      expect(s.independentSectorSharePct).toBe(published.share);
    });
  }

  it("31 May against 31 March: seed 003 condition 3.5's partner table, to the pound", () => {
    const s = summariseDemoRegister(current, mayTargets, previous);
    expect(s.contributionChanges!.rows.map((r) => [r.partner, r.change])).toEqual([
      ['socialCare', -111_000_00], // Children's social care -£111k
      ['adultSocialCare', -75_000_00], // Adult social care -£75k
      ['health', -43_000_00], // Children's health -£43k
      ['adultHealth', 69_000_00], // Adults health +£69k
    ]);
    expect(s.contributionChanges!.total.change).toBe(-160_000_00); // Total -£160k
  });

  it("agree with the demo KPI file's baselines and May values (demo/kingston/kpis-2021-22.json)", () => {
    const set = JSON.parse(committed('kpis-2021-22.json')) as {
      kpis: Array<{ ref: string; baseline: number }>;
      periods: Array<{ period: string; values: Array<{ ref: string; value: number }> }>;
    };
    const refs = ['25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '37', '38'];
    const baseline = refs.map((ref) => set.kpis.find((k) => k.ref === ref)!.baseline);
    const may = refs.map(
      (ref) => set.periods.find((p) => p.period === '2021-05')!.values.find((v) => v.ref === ref)!.value,
    );
    const figures = (b: typeof seed003.baseline) => [b.under16, b.over16, ...b.byCategory, b.ehcp, b.share];
    expect(baseline).toEqual(figures(seed003.baseline));
    expect(may).toEqual(figures(seed003.may));
  });
});
