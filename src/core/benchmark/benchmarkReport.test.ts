import { describe, expect, it } from 'vitest';
import { benchmarkReport } from './benchmarkReport';
import { growthMeasure } from './caseloadMeasures';
import { laByCode } from './laLookup';
import { measureById } from './measures';
import { memorySeriesStore, type StoredFigure } from './memoryStore';
import { measureForAggregate, measureForGroup } from './measureValue';

// A small world: Kingston (314) and Sutton (319) in Outer London, Camden (202) in Inner London,
// Northamptonshire (928) replaced by North and West Northamptonshire (940, 941) in April 2021.
const caseload = (area: string, period: string, value: number | null): StoredFigure =>
  value === null
    ? { series: 'ehcp.caseload', area, period, value, missing: 'c' }
    : { series: 'ehcp.caseload', area, period, value };
const figures: StoredFigure[] = [
  caseload('314', '2021', 100),
  caseload('314', '2022', 120),
  caseload('314', '2023', 150),
  caseload('319', '2021', 200),
  caseload('319', '2022', 210),
  caseload('319', '2023', 220),
  caseload('202', '2022', 50),
  caseload('202', '2023', null),
  caseload('928', '2021', 400),
  caseload('940', '2022', 210),
  caseload('941', '2022', 220),
  caseload('E12000007', '2022', 999),
  caseload('E92000001', '2022', 5000),
  caseload('E92000001', '2021', 4000),
  { series: 'population.age2to18', area: '314', period: '2021', value: 4000 },
  { series: 'population.age2to18', area: '319', period: '2021', value: 5000 },
  { series: 'dsg.cumulativeBalancePct', area: '314', period: '2021-22', value: -6 },
  { series: 'dsg.cumulativeBalancePct', area: '319', period: '2021-22', value: 2 },
  { series: 'dsg.cumulativeBalancePct', area: '202', period: '2021-22', value: 1 },
];
const store = memorySeriesStore(figures);
const kingston = laByCode('314')!;
const report = (year: number, ids: string[], neighbours = ['319', '202']) =>
  benchmarkReport({ la: kingston, year, store, neighbours, measures: ids.map((id) => measureById(id)!) });

describe('measures over groups', () => {
  it('pools parts over members: growth of a group is its summed caseload now over then', () => {
    const growth = growthMeasure(1);
    const parts = growth.parts(2022, store);
    const r = measureForGroup(growth, parts, store, ['314', '319']);
    expect(r.value).toBeCloseTo((330 / 300 - 1) * 100, 10);
    expect(r).toMatchObject({ basis: 'pooled', used: ['314', '319'], left: [] });
  });

  it('prefers the published figure of a region or England, and pools members when there is none', () => {
    const ehcps = measureById('ehcps')!;
    expect(
      measureForAggregate(ehcps, ehcps.parts(2022, store), store, 'E12000007', ['314', '319', '202']),
    ).toMatchObject({ value: 999, basis: 'published' });
    const r = measureForAggregate(ehcps, ehcps.parts(2021, store), store, 'E12000007', ['314', '319', '202']);
    expect(r).toMatchObject({ value: 300, basis: 'pooled', used: ['314', '319'], left: ['202'] });
  });

  it('averages members for measures published only as ratios', () => {
    const dsg = measureById('dsgCumulativeBalancePct')!;
    expect(measureForGroup(dsg, dsg.parts(2022, store), store, ['319', '202'])).toMatchObject({
      value: 1.5,
      basis: 'mean',
    });
  });
});

describe('benchmarkReport', () => {
  it('gives the council, its neighbours, Outer London, London and England, with rank and RAG', () => {
    const r = report(2022, ['growth1y']);
    const growth = r.measures[0]!;
    expect(r.council).toEqual({
      code: '314',
      newCode: 'E09000021',
      name: 'Kingston upon Thames',
      region: 'London',
      subRegion: 'Outer London',
    });
    expect(growth.value).toBeCloseTo(20, 10);
    expect(growth.period).toBe('January 2021 to January 2022');
    expect(growth.comparators.map((c) => [c.kind, c.name, c.members, c.of])).toEqual([
      ['statisticalNeighbours', 'Statistical neighbours', 1, 2],
      ['subRegion', 'Outer London', 2, 19],
      ['region', 'London', 2, 33],
      ['england', 'England', 152, 152], // published: every LA of January 2022 (Cumbria not yet split)
    ]);
    expect(growth.comparators[3]).toMatchObject({ basis: 'published', value: 25 });
    expect(growth.standing).toEqual({ rank: 1, of: 2, percentile: 75, decile: 8 });
    expect(growth.rag).toBe('amber');
  });

  it('does not compare across a boundary change, and says why', () => {
    const r = benchmarkReport({
      la: laByCode('940')!,
      year: 2022,
      store,
      neighbours: [],
      measures: [measureById('growth1y')!],
    });
    expect(r.measures[0]).toMatchObject({
      value: null,
      notAvailable:
        'North Northamptonshire was formed on 2021-04-01 from Northamptonshire: earlier figures are theirs, not comparable.',
    });
  });

  it('cautions about growth across the 2023 break in the SEN2 series', () => {
    expect(report(2023, ['growth1y']).measures[0]?.caution).toMatch(/series breaks in 2023/);
    expect(report(2022, ['growth1y']).measures[0]?.caution).toBeUndefined();
  });

  it('keeps a suppressed figure not available with its reason', () => {
    const r = benchmarkReport({
      la: laByCode('202')!,
      year: 2023,
      store,
      neighbours: [],
      measures: [measureById('ehcps')!],
    });
    expect(r.measures[0]).toMatchObject({
      value: null,
      notAvailable: 'suppressed to protect confidentiality (c)',
    });
  });

  it('uses the nearest population year and says so', () => {
    const m = report(2022, ['ehcpsPer1000']).measures[0]!;
    expect(m.value).toBe(30);
    expect(m.note).toBe('2-18 population: mid-2021 (nearest year available to mid-2022)');
  });

  it('says when the imported data has no figures for the period at all', () => {
    expect(report(2022, ['tribunalAppealRate']).measures[0]).toMatchObject({
      value: null,
      notAvailable: 'The imported data has no figures for 2021 (calendar year).',
    });
  });
});
