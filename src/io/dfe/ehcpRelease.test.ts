import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readEhcpReleaseCsv, readEhcpReleaseZip } from './ehcpRelease';
import type { NationalDataset } from './nationalDataset';
import { describeRowError } from './readResult';
import { fixtureBytes, release2022Zip, release2025Zip } from './testdata/syntheticFiles';

function dataOf(result: ReturnType<typeof readEhcpReleaseZip> | undefined): NationalDataset {
  if (!result) throw new Error('not recognised');
  if (!result.ok) throw new Error(result.errors.map(describeRowError).join('\n'));
  return result.data;
}

const valueOf = (d: NationalDataset, series: string, area: string, period: string) =>
  d.values.find((v) => v.series === series && v.area === area && v.period === period);

describe('EHCP release 2022 (long format)', () => {
  const data = dataOf(readEhcpReleaseZip('release-2022.zip', release2022Zip()));

  it('is edition 2022 and reads each CSV it uses', () => {
    expect(data.edition).toBe('2022');
    expect(data.sources.map((s) => s.file).sort()).toEqual([
      'data/sen2_age_caseload.csv',
      'data/sen2_age_new_plans.csv',
      'data/sen2_estab_caseload.csv',
      'data/sen2_mi.csv',
    ]);
  });

  it('reads caseload (statements and plans) and age bands at the January census, despite the byte-order mark', () => {
    expect(valueOf(data, 'ehcp.caseload', '314', '2021')?.value).toBe(100);
    expect(valueOf(data, 'ehcp.caseload', 'E92000001', '2022')?.value).toBe(1100);
    expect(valueOf(data, 'ehcp.caseload', 'E12000007', '2021')?.value).toBe(300);
    expect(valueOf(data, 'ehcp.age.11to15', '314', '2021')?.value).toBe(38);
  });

  it('keeps an LA name with a comma whole, and finds LAs by their three-digit number', () => {
    expect(valueOf(data, 'ehcp.caseload', '801', '2022')?.value).toBe(77);
  });

  it('keeps a suppressed figure as not available with its code, never 0', () => {
    expect(valueOf(data, 'ehcp.age.under5', '202', '2022')).toEqual({
      series: 'ehcp.age.under5',
      area: '202',
      period: '2022',
      value: null,
      missing: 'c',
    });
  });

  it('puts figures of reorganised LAs under the LA of the year (Northamptonshire 2021, North and West 2022)', () => {
    expect(valueOf(data, 'ehcp.caseload', '928', '2021')?.value).toBe(200);
    expect(valueOf(data, 'ehcp.caseload', '940', '2022')?.value).toBe(110);
    expect(valueOf(data, 'ehcp.caseload', '928', '2022')).toBeUndefined();
  });

  it('sums establishment types into the seven placement categories without subtotals', () => {
    const cats = (year: string) =>
      [
        'mainstream',
        'resourcedProvision',
        'specialMaintained',
        'independent',
        'hospitalAp',
        'post16',
        'other',
      ].map((c) => valueOf(data, `ehcp.placement.${c}`, '314', year)?.value);
    // 'Awaiting provision - total' counts in 2021 (no detail) and not in 2022 (detail given).
    expect(cats('2021')).toEqual([32, 11, 25, 12, 1, 14, 5]);
    expect(cats('2022')).toEqual([39, 13, 30, 14, 1, 17, 7]);
  });

  it('reads new plans and 20-week timeliness as calendar-year flows', () => {
    expect(valueOf(data, 'ehcp.newPlans', '314', '2021')?.value).toBe(15);
    expect(valueOf(data, 'ehcp.issued', 'E92000001', '2020')?.value).toBe(80);
    expect(valueOf(data, 'ehcp.issuedWithin20Weeks', '314', '2021')?.value).toBe(12);
  });

  it('reads initial requests for assessment (InreqEHC) as calendar-year flows', () => {
    expect(valueOf(data, 'ehcp.requests', '314', '2020')?.value).toBe(20);
    expect(valueOf(data, 'ehcp.requests', 'E92000001', '2021')?.value).toBe(135);
  });
});

describe('EHCP release 2025 (wide format)', () => {
  const data = dataOf(readEhcpReleaseZip('release-2025.zip', release2025Zip()));

  it('is edition 2025, reads academic years as January censuses, and notes the 2023 series break', () => {
    expect(data.edition).toBe('2025');
    expect(valueOf(data, 'ehcp.caseload', '314', '2025')?.value).toBe(232);
    expect(data.notes[0]).toContain('series breaks in 2023');
  });

  it('builds placement categories from leaf columns; x columns not collected add nothing', () => {
    expect(valueOf(data, 'ehcp.placement.mainstream', '314', '2025')?.value).toBe(100);
    expect(valueOf(data, 'ehcp.placement.resourcedProvision', '314', '2025')?.value).toBe(20);
    expect(valueOf(data, 'ehcp.placement.other', '314', '2025')?.value).toBe(9);
  });

  it('marks every category not available for an LA published without breakdowns', () => {
    expect(valueOf(data, 'ehcp.caseload', '202', '2025')?.value).toBe(60);
    expect(valueOf(data, 'ehcp.placement.mainstream', '202', '2025')).toMatchObject({
      value: null,
      missing: 'x',
    });
    expect(valueOf(data, 'ehcp.age.5to10', '202', '2025')).toMatchObject({ value: null, missing: 'x' });
  });

  it('adds single years of age into bands; an age with no row is zero', () => {
    const bands = ['under5', '5to10', '11to15', '16to19', '20to25'].map(
      (b) => valueOf(data, `ehcp.age.${b}`, '314', '2025')?.value,
    );
    expect(bands).toEqual([6, 80, 90, 40, 16]);
  });

  it('reads new plans, timeliness (excluding exceptions) and the tribunal table', () => {
    expect(valueOf(data, 'ehcp.newPlans', '314', '2024')?.value).toBe(44);
    expect(valueOf(data, 'ehcp.issued', 'E92000001', '2024')?.value).toBe(300);
    expect(valueOf(data, 'ehcp.issuedWithin20Weeks', 'E92000001', '2024')?.value).toBe(138);
    expect(valueOf(data, 'tribunal.appeals', '314', '2019')?.value).toBe(35);
  });

  it('reads requests for assessment from the "All requests" rows only; a suppressed count stays c', () => {
    expect(valueOf(data, 'ehcp.requests', '314', '2023')?.value).toBe(52);
    expect(valueOf(data, 'ehcp.requests', 'E92000001', '2024')?.value).toBe(460);
    expect(valueOf(data, 'ehcp.requests', '314', '2024')).toMatchObject({ value: null, missing: 'c' });
  });
});

describe('one CSV of a release on its own', () => {
  it('is recognised by its columns and imported as that part of the release', () => {
    const data = dataOf(readEhcpReleaseCsv('newplans.csv', fixtureBytes('ehcp2025', 'newplans.csv')));
    expect(data.edition).toBe('2025');
    expect(data.series).toEqual(['ehcp.newPlans']);
  });

  it('is not recognised when its columns are not a release', () => {
    expect(readEhcpReleaseCsv('x.csv', new TextEncoder().encode('a,b\n1,2\n'))).toBeUndefined();
  });
});

describe('bad rows', () => {
  const header =
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,characteristic_age,Total_all\n';
  const read = (rows: string) =>
    readEhcpReleaseZip(
      'bad.zip',
      zipSync({ 'data/sen2_age_caseload.csv': new TextEncoder().encode(header + rows) }),
    );

  it('names the row, column and value of every problem', () => {
    const result = read(
      [
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,999,E09000099,Nowhere,Total,10',
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,314,E09000022,Kingston upon Thames,Total,10',
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,319,E09000029,Sutton,Total,12 5OO',
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,319,E09000029,Sutton,Age 26 to 30,1',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeRowError)).toEqual([
      expect.stringMatching(/row 2, column `old_la_code`: '999': is not a known three-digit LA number/),
      "bad.zip:data/sen2_age_caseload.csv row 3, column `new_la_code`: 'E09000022': does not match LA 314 (Kingston upon Thames): it is Lambeth",
      "bad.zip:data/sen2_age_caseload.csv row 4, column `Total_all`: '12 5OO': is not a number or a known missing-value code (x, z, c, :, .., ~)",
      expect.stringMatching(
        /row 5, column `characteristic_age`: 'Age 26 to 30': is not one of the age bands/,
      ),
    ]);
  });

  it('says which columns were expected when they are missing', () => {
    const result = readEhcpReleaseZip(
      'bad.zip',
      zipSync({
        'data/caseload.csv': new TextEncoder().encode('time_period,geographic_level\n2025,National\n'),
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(/expected columns `region_code`, `old_la_code`/);
  });

  it('reports the same figure given twice with different values', () => {
    const result = read(
      [
        '2021,Calendar year,National,E92000001,England,,,,,,Total,10',
        '2021,Calendar year,National,E92000001,England,,,,,,Total,11',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(
        /contradicts 10 given for the same area and period at .* row 2/,
      );
  });
});
