import { describe, expect, it } from 'vitest';
import { kingstonCategoryMap } from '../../core/placements';
import { readRegisterCsv } from './readCsv';
import { describeRegisterError } from './validateRows';

const options = { asAt: '2021-05-31', categoryMap: kingstonCategoryMap };
const header =
  'child_id,date_of_birth,primary_need,setting_type,provider,urn,in_borough,start_date,end_date,place_funding,top_up,other_cost,cost_basis,health_contribution,social_care_contribution,adult_social_care_contribution';
const good =
  'SYN-0001,2011-03-14,ASD,special_la_maintained,Synthetic Special School,900001,yes,2019-09-01,,"£10,000",18547,0,academic,,,';
const csv = (...lines: string[]) => [header, ...lines].join('\n');

describe('reading a register from CSV', () => {
  it('reads a valid row into a placement in pence, blanks as 0 and open-ended', () => {
    const result = readRegisterCsv(csv(good), options);
    expect(result).toEqual({
      ok: true,
      data: [
        {
          childId: 'SYN-0001',
          dateOfBirth: '2011-03-14',
          ncy: null,
          primaryNeed: 'ASD',
          settingType: 'special_la_maintained',
          provider: 'Synthetic Special School',
          urn: '900001',
          inBorough: true,
          startDate: '2019-09-01',
          endDate: null,
          costBasis: 'academic',
          placeFunding: 10_000_00,
          topUp: 18_547_00,
          otherCost: 0,
          contributions: { health: 0, socialCare: 0, adultSocialCare: 0, adultHealth: 0 },
          councilCategory: null,
        },
      ],
    });
  });

  it('reads the optional columns, UK dates, labels and yes/no variants', () => {
    const text = `${header},ncy,council_category\nSYN-2,,sld,Non-maintained special school,NMSS,,N,01/09/2020,31/07/2021,0,0,"£45,000.50",Financial,1000,0,0,Year 9,Independent < 16`;
    const result = readRegisterCsv(text, options);
    expect(result.ok && result.data[0]).toMatchObject({
      dateOfBirth: null,
      ncy: 9,
      primaryNeed: 'SLD',
      settingType: 'special_non_maintained',
      urn: null,
      inBorough: false,
      startDate: '2020-09-01',
      endDate: '2021-07-31',
      costBasis: 'financial',
      otherCost: 45_000_50,
      councilCategory: 'independent-under-16',
    });
  });

  it('lists every error of every row and returns no data', () => {
    const result = readRegisterCsv(
      csv(
        good,
        'Jane Smith,2011-02-30,DS,special school,,12345,maybe,2021-09-01,2021-08-31,ten,"12,5OO",-5,termly,,,',
        'SYN-0001,2011-03-14,ASD,special_la_maintained,Synthetic Special School,900001,yes,2019-09-01,,0,0,0,academic,0,0,0',
        'SYN-0004,,ASD,mainstream_academy,Synthetic Academy,900004,yes,2020-09-01,,0,0,0,academic,0,0,0',
        'SYN-0005,1990-01-01,ASD,mainstream_academy,Synthetic Academy,900004,yes,2020-09-01,,0,0,0,academic,0,0,0',
      ),
      options,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeRegisterError)).toEqual([
      "row 3, column child_id: 'Jane Smith' is not a pseudonymised id (letters, digits, - or _, with at least one digit; never a name)",
      "row 3, column date_of_birth: '2011-02-30' is not a date in the calendar",
      "row 3, column primary_need: 'DS' is an SEN2 need code only from the 2025 return; this register is dated 2021",
      "row 3, column setting_type: 'special school' is not an SEN2 setting type code or label (see the template Codes sheet)",
      'row 3, column provider: is required',
      "row 3, column urn: '12345' is not a URN (6 digits) or UKPRN (8 digits)",
      "row 3, column in_borough: 'maybe' is not yes or no",
      "row 3, column cost_basis: 'termly' is not academic or financial",
      "row 3, column place_funding: 'ten' is not an amount",
      "row 3, column top_up: '12,5OO' is not an amount",
      "row 3, column other_cost: '-5' is negative: amounts are annual costs or contributions, 0 or more",
      "row 3, column end_date: '2021-08-31' is before the start date 2021-09-01",
      "row 4, column child_id: 'SYN-0001' repeats the placement on row 2 (same child, provider and start date)",
      'row 5, column date_of_birth: is required (or give ncy)',
      "row 6, column date_of_birth: '1990-01-01' makes the young person 31 on 2021-05-31: EHCPs end at 25",
    ]);
  });

  it('reports the header: missing, unknown and repeated columns', () => {
    const result = readRegisterCsv('child_id,child_id,name,top_up\nSYN-1,SYN-1,x,0', options);
    expect(result.ok ? [] : result.errors.map(describeRegisterError).slice(0, 3)).toEqual([
      "row 1, column child_id: 'child_id' is a repeated column",
      expect.stringMatching(
        /^row 1, column name: 'name' is not a column of the placements template \(child_id, date_of_birth/,
      ),
      'row 1, column date_of_birth: is missing from the header row',
    ]);
  });

  it('accepts DS in a register dated 2025, headers in any case, and skips blank lines', () => {
    const text = `${header.toUpperCase().replaceAll('_', ' ')}\n\nSYN-9,2015-01-01,DS,mainstream_academy,Synthetic Academy,900004,yes,2024-09-01,,0,"£7,500",0,academic,0,0,0\n,,,,,,,,,,,,,,,\n`;
    const result = readRegisterCsv(text, { ...options, asAt: '2025-03-31' });
    expect(result.ok && result.data.map((p) => [p.primaryNeed, p.topUp])).toEqual([['DS', 7_500_00]]);
  });

  it('reports rows with too many cells and files that are not CSV or are empty', () => {
    const extra = readRegisterCsv(csv(`${good},surplus`), options);
    expect(extra.ok ? [] : extra.errors.map(describeRegisterError)).toEqual([
      'row 2: has 17 cells but the header has 16 columns',
    ]);
    expect(readRegisterCsv('', options)).toEqual({
      ok: false,
      errors: [{ row: 1, column: '', value: '', message: 'the file is empty: expected a header row' }],
    });
    expect(readRegisterCsv(header, options)).toEqual({
      ok: false,
      errors: [{ row: 2, column: '', value: '', message: 'the file has a header but no placements' }],
    });
    const broken = readRegisterCsv(`${header}\n"unclosed`, options);
    expect(broken.ok ? '' : broken.errors[0]!.message).toMatch(/^has a quote \("\) that is never closed/);
  });
});
