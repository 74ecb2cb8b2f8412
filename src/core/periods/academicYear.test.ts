import { describe, expect, it } from 'vitest';
import {
  academicStartYearOf,
  academicYearEnd,
  academicYearOf,
  academicYearRange,
  academicYearStart,
  academicYearStartingIn,
  compareAcademicYears,
  nextAcademicYear,
  parseAcademicYear,
  previousAcademicYear,
} from './academicYear';

describe('parseAcademicYear', () => {
  it.each(['2021/22', '2021-22', '2021/2022', '2021-2022', 'AY2021/22', 'ay 2021-22', ' 2021 / 22 '])(
    'reads %j as 2021/22',
    (text) => {
      expect(parseAcademicYear(text)).toBe('2021/22');
    },
  );
  it.each([
    ['2021/23', "'2021/23' is not an academic year: the second year must follow 2021"],
    ['FY2021-22', "'FY2021-22' is not an academic year"],
    ['2021', "'2021' is not an academic year"],
  ])('rejects %j', (text, message) => {
    expect(() => parseAcademicYear(text)).toThrow(message);
  });
  it('says which forms it expects', () => {
    expect(() => parseAcademicYear('x')).toThrow(
      'expected a form like 2021/22, 2021-22, 2021-2022 or AY2021/22',
    );
  });
});

describe('academic year dates', () => {
  it('run 1 September to 31 August', () => {
    expect(academicYearStart('2021/22')).toBe('2021-09-01');
    expect(academicYearEnd('2021/22')).toBe('2022-08-31');
    expect(academicStartYearOf('2021/22')).toBe(2021);
  });
  it('place 31 August and 1 September in different years', () => {
    expect(academicYearOf('2022-08-31')).toBe('2021/22');
    expect(academicYearOf('2022-09-01')).toBe('2022/23');
    expect(academicYearOf('2022-01-20')).toBe('2021/22');
    expect(academicYearOf('2024-02-29')).toBe('2023/24');
  });
  it('only take the canonical form', () => {
    expect(() => academicYearStart('2021-22')).toThrow(
      "'2021-22' is not an academic year written like 2021/22: parse it first",
    );
  });
});

describe('stepping and ranges', () => {
  it('steps forward and back', () => {
    expect(nextAcademicYear('2021/22')).toBe('2022/23');
    expect(previousAcademicYear('2021/22')).toBe('2020/21');
    expect(nextAcademicYear('1999/00')).toBe('2000/01');
    expect(academicYearStartingIn(2020)).toBe('2020/21');
  });
  it('lists both ends of a range and rejects a backwards one', () => {
    expect(academicYearRange('2020/21', '2022/23')).toEqual(['2020/21', '2021/22', '2022/23']);
    expect(academicYearRange('2020/21', '2020/21')).toEqual(['2020/21']);
    expect(() => academicYearRange('2022/23', '2020/21')).toThrow('academic year 2020/21 is before 2022/23');
  });
  it('compares academic years', () => {
    expect(compareAcademicYears('2020/21', '2021/22')).toBeLessThan(0);
    expect(compareAcademicYears('2021/22', '2021/22')).toBe(0);
  });
});
