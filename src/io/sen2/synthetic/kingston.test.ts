import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { censusRecords, summariseCensus } from '../../../core/sen2/census';
import { indexDraft } from '../../../services/sen2/testing';
import { needsShared, sharedAvailable, sharedPath } from '../../../testing/shared';
import {
  kingstonJanuary2018,
  kingstonJanuaryEhcps,
  kingstonNeeds2025,
  kingstonSyntheticReturns,
} from './kingston';

// The demo's synthetic returns against what Kingston published. The returns are made from the
// constants in kingston.ts; the first test checks those constants against the DfE's files themselves.

const release = ['data', 'dfe', 'ehcp-statistics-2025.zip'];
const synthetic = kingstonSyntheticReturns(new Map());
const lookups = {
  register: new Map<string, string>(),
  lookup: new Map(synthetic.lookup.map((l) => [l.key, l.settingType])),
};

describe.skipIf(!sharedAvailable(...release))(
  `the targets are Kingston's published figures${needsShared(...release)}`,
  () => {
    // Read inside the tests: a skipped describe still runs its body to collect them.
    const rows = (name: string) => {
      const files = unzipSync(fs.readFileSync(sharedPath(...release)), { filter: (f) => f.name === name });
      const rows: Array<Record<string, string>> = parse(new TextDecoder().decode(files[name]), {
        columns: true,
        bom: true,
      });
      return rows;
    };

    it('January EHCPs 2019-2025: ehcp-statistics-2025.zip, data/caseload.csv, LA 314, All EHC plans', () => {
      const published = rows('data/caseload.csv')
        .filter((r) => r.old_la_code === '314' && r.breakdown_topic === 'All EHC plans')
        .map((r) => [Number(r.time_period?.slice(0, 4)) + 1, Number(r.ehcplans)] as const);
      expect(new Map(published)).toEqual(kingstonJanuaryEhcps);
    });

    it('January 2018: ehcp-statistics-2022.zip, data/sen2_estab_caseload.csv, LA 314, Total/Total', () => {
      const files = unzipSync(fs.readFileSync(sharedPath('data', 'dfe', 'ehcp-statistics-2022.zip')), {
        filter: (f) => f.name.endsWith('sen2_estab_caseload.csv'),
      });
      const rows: Array<Record<string, string>> = parse(new TextDecoder().decode(Object.values(files)[0]), {
        columns: true,
        bom: true,
      });
      const row = rows.find(
        (r) =>
          r.old_la_code === '314' &&
          r.time_period === '2018' &&
          r.establishment_type === 'Total' &&
          r.establishment_group === 'Total',
      );
      expect(Number(row?.Total_all)).toBe(kingstonJanuary2018);
    });

    it('primary needs January 2025: data/sen_needs_all_plans.csv, LA 314, All EHC plans', () => {
      const row = rows('data/sen_needs_all_plans.csv').find(
        (r) => r.old_la_code === '314' && r.time_period === '202425' && r.breakdown_topic === 'All EHC plans',
      )!;
      for (const [need, count] of kingstonNeeds2025)
        expect(Number(row[`number_${need.toLowerCase()}`]), need).toBe(count);
      expect(Number(row.ehc_plans)).toBe(1958);
    });
  },
);

describe("the synthetic returns reproduce Kingston's January totals", () => {
  it.each([...kingstonJanuaryEhcps])(
    "January %i: %i children with an open plan in that year's own return",
    (year, total) => {
      const draft = synthetic.returns.get(year)!;
      const index = indexDraft(draft);
      expect(
        summariseCensus(draft.header.referenceDate, censusRecords(index, draft.header.referenceDate, lookups))
          .total,
      ).toBe(total);
    },
  );

  it('and the return for each year holds the January before it exactly too', () => {
    const draft = synthetic.returns.get(2025)!;
    const census2024 = summariseCensus('2024-01-18', censusRecords(indexDraft(draft), '2024-01-18', lookups));
    expect(census2024.total).toBe(1782);
  });

  it('with a need mix within two percentage points of the published one (January 2025)', () => {
    const draft = synthetic.returns.get(2025)!;
    const { byNeed, total } = summariseCensus(
      draft.header.referenceDate,
      censusRecords(indexDraft(draft), draft.header.referenceDate, lookups),
    );
    for (const [need, published] of kingstonNeeds2025)
      expect(Math.abs((byNeed[need] ?? 0) / total - published / 1958), need).toBeLessThan(0.02);
  });

  it('labelled synthetic in the data: made-up UPNs (Z...), surnames Syn..., software highneeds', () => {
    const draft = synthetic.returns.get(2025)!;
    expect(draft.people.every((p) => p.upn === null || String(p.upn).startsWith('Z'))).toBe(true);
    expect(draft.people.every((p) => String(p.surname).startsWith('Syn'))).toBe(true);
  });

  it('is the same every time (seeded)', () => {
    expect(kingstonSyntheticReturns(new Map()).returns.get(2023)).toEqual(synthetic.returns.get(2023));
  });
});
