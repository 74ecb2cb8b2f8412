import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundTo } from '../../core/benchmark/formatMeasure';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { importNationalFile } from './importNationalData';
import { nationalBenchmark, type NationalBenchmark } from './nationalBenchmark';

// Seed 002 (Kingston SEND Partnership Board paper, 14 November 2019), section 3, reproduced from the
// DfE's published releases through the product's own import and benchmark services.
//
// Reproduced and asserted here (40 figures):
//   table 1 "Growth in total number of EHCPs" - all 16 (Jan 2017, Jan 2019, increase; Kingston, Outer
//     London, South East, England);
//   table 2 "EHCPs as a % of total 0 to 18 years population" - the four Jan 2019 EHCP counts, and the
//     four percentages from those counts over the seed's own 0-18 populations (the data has none);
//   table 3 "age of CYP" - all 20 percentages (taken as January 2019, the census the paper uses).
// Not reproducible from the data (asserted as "not in the data" where the product can say so):
//   table 2's 0-18 populations (40,454 / 1,323,778 / 2,051,809 / "1,251,2090", a typo for 12,512,090):
//     the data has only the 2-18 population of mid-2021;
//   table 4 "2018/19 budget for top up funding, £ per head of 2-18 population" (£278, £201, £295, £226;
//     £206, £122, £126, £94): the benchmarking table has the 2021-22 budget and 2020-21 outturn only;
//   "highest cumulative deficit in the country, at 10.3% of DSG" and "fifth highest in-year deficit at
//     2.5%" (2018-19): the balance file starts in 2019-20 and has no in-year deficits (the 2019-20 data
//     does show Kingston's the highest, checked below as corroboration, not as the seed figure);
//   the DSG/NFF changes (Schools Block +5.93%, High Needs £414k and £1.9m / +8.3% per pupil): the
//     allocations files start with 2020-21 and have no 2019-20 to compare with;
//   local figures (£14m deficit 2015/16-2018/19, £22.6m budget, £26.5m and £29.8m outturns, £10.245m
//     over 644 top-ups = £15,908, post-16 +£458k / 11.9%, £283k early intervention, 52% of the NFF by
//     proxies, inspection findings): not national data at all.

const DATA = ['data', 'dfe'];
const cli: Actor = { kind: 'system', label: 'seed 002 test' };

describe.skipIf(!sharedAvailable(...DATA))(
  `seed 002 benchmarking tables from published DfE data${needsShared(...DATA)}`,
  () => {
    let t: TestContext;
    const reports = new Map<string, NationalBenchmark>();
    const report = (council: string, year: number) => {
      const r = reports.get(`${council}/${String(year)}`);
      if (!r) throw new Error(`no benchmark for ${council} ${String(year)}`);
      return r;
    };
    const measure = (r: NationalBenchmark, id: string) => {
      const m = r.measures.find((x) => x.id === id);
      if (!m) throw new Error(`no measure ${id}`);
      return m;
    };
    const comparator = (r: NationalBenchmark, id: string, kind: string) =>
      measure(r, id).comparators.find((c) => c.kind === kind)?.value ?? null;

    // Kingston's own row and its Outer London and England comparators; a South East LA (Surrey, 936) for
    // the South East row, read as its region comparator.
    const rows: [string, (id: string, year: number) => number | null][] = [
      ['Kingston', (id, year) => measure(report('314', year), id).value],
      ['Outer London', (id, year) => comparator(report('314', year), id, 'subRegion')],
      ['South East', (id, year) => comparator(report('936', year), id, 'region')],
      ['England', (id, year) => comparator(report('314', year), id, 'england')],
    ];

    beforeAll(async () => {
      t = await openTestContext();
      for (const file of [
        'ehcp-statistics-2022.zip',
        'dsg-cumulative-balance-pct.xlsx',
        'hn-benchmarking-la-table-2021-22.xlsx',
      ]) {
        await importNationalFile(t.ctx, cli, {
          name: file,
          bytes: new Uint8Array(fs.readFileSync(sharedPath(...DATA, file))),
        });
      }
      for (const [council, year] of [
        ['314', 2017],
        ['314', 2019],
        ['936', 2017],
        ['936', 2019],
        ['314', 2020],
      ] as const) {
        reports.set(`${council}/${String(year)}`, await nationalBenchmark(t.ctx, cli, { council, year }));
      }
    }, 180_000);
    afterAll(async () => t.database.close());

    it('table 1: EHCPs in January 2017 and January 2019, and the increase', () => {
      const table = rows.map(([name, get]) => [
        name,
        get('ehcps', 2017),
        get('ehcps', 2019),
        roundTo(get('growth2y', 2019) ?? NaN, 1),
      ]);
      expect(table).toEqual([
        ['Kingston', 958, 1161, 21.2],
        ['Outer London', 30909, 37620, 21.7],
        ['South East', 48883, 60860, 24.5],
        ['England', 287290, 353995, 23.2],
      ]);
    });

    it('table 1: Kingston January 2019 is 1,161 plans, growth since January 2017 21.2%, through the benchmark as shown', () => {
      const growth = measure(report('314', 2019), 'growth2y');
      expect(growth.period).toBe('January 2017 to January 2019');
      expect(roundTo(growth.value ?? NaN, 1)).toBe(21.2);
      expect(measure(report('314', 2019), 'ehcps').value).toBe(1161);
    });

    it("table 2: EHCPs in January 2019 over the seed's 0-18 populations (the data has no 0-18 population)", () => {
      const populations: Record<string, number> = {
        Kingston: 40454,
        'Outer London': 1323778,
        'South East': 2051809,
        England: 12512090,
      };
      const table = rows.map(([name, get]) => [
        name,
        get('ehcps', 2019),
        roundTo(((get('ehcps', 2019) ?? NaN) / (populations[name] ?? NaN)) * 100, 1),
      ]);
      expect(table).toEqual([
        ['Kingston', 1161, 2.9],
        ['Outer London', 37620, 2.8],
        ['South East', 60860, 3.0],
        ['England', 353995, 2.8],
      ]);
    });

    it('table 3: age profile of EHCPs (under 5, 5-10, 11-15, 16-19, 20-25), January 2019', () => {
      const bands = ['under5', '5to10', '11to15', '16to19', '20to25'];
      const table = rows.map(([name, get]) => [
        name,
        ...bands.map((b) => roundTo(get(`age.${b}`, 2019) ?? NaN, 0)),
      ]);
      expect(table).toEqual([
        ['Kingston', 2, 33, 38, 21, 5],
        ['Outer London', 4, 36, 34, 20, 5],
        ['South East', 4, 33, 36, 22, 5],
        ['England', 4, 33, 36, 22, 5],
      ]);
    });

    it("Outer London is the DfE's 19 boroughs, pooled (the release publishes no Outer London figure)", () => {
      const c = measure(report('314', 2019), 'ehcps').comparators.find((x) => x.kind === 'subRegion');
      expect(c).toMatchObject({ name: 'Outer London', basis: 'pooled', members: 19, of: 19 });
    });

    it('cannot give table 4 or the 2018-19 DSG deficit: the data has no 2018-19 S251 budget or balance', () => {
      const r = report('314', 2019);
      expect(measure(r, 'hnSpendPerHead.budget.topUpMaintained').notAvailable).toBe(
        'The imported data has no figures for 2018-19.',
      );
      expect(measure(r, 'hnSpendPerHead.budget.topUpIndependent').notAvailable).toBe(
        'The imported data has no figures for 2018-19.',
      );
      expect(measure(r, 'dsgCumulativeBalancePct').notAvailable).toBe(
        'The imported data has no figures for 2018-19.',
      );
    });

    it('corroborates "the highest cumulative deficit in the country" a year later: Kingston is lowest in 2019-20', () => {
      const balance = measure(report('314', 2020), 'dsgCumulativeBalancePct');
      expect(balance.value).toBe(-13.69);
      expect(balance.standing?.rank).toBe(balance.standing?.of);
      expect(balance.rag).toBe('red');
    });
  },
);
