import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  dayNumber,
  dayOfWeek,
  daysBetweenInclusive,
  daysInMonth,
  isLeapYear,
  isoDateFromDayNumber,
  isoDateFromParts,
  isoDateParts,
  parseIsoDate,
} from './isoDate';

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    expect(parseIsoDate('2021-04-01')).toBe('2021-04-01');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
  });
  it.each([
    ['2023-02-29', 'not a date in the calendar'],
    ['1900-02-29', 'not a date in the calendar'],
    ['2021-04-31', 'not a date in the calendar'],
    ['2021-13-01', 'not a date in the calendar'],
    ['2021-00-10', 'not a date in the calendar'],
    ['2021-01-00', 'not a date in the calendar'],
    ['0000-01-01', 'not a date in the calendar'],
    ['2021-4-1', 'not a date written YYYY-MM-DD'],
    ['01/04/2021', 'not a date written YYYY-MM-DD'],
    ['2021-04-01T00:00:00Z', 'not a date written YYYY-MM-DD'],
    [' 2021-04-01', 'not a date written YYYY-MM-DD'],
    ['', 'not a date written YYYY-MM-DD'],
  ])('rejects %j', (text, message) => {
    expect(() => parseIsoDate(text)).toThrow(`'${text}' is ${message}`);
  });
});

describe('isoDateParts and isoDateFromParts', () => {
  it('round-trip', () => {
    expect(isoDateParts('2022-03-31')).toEqual({ year: 2022, month: 3, day: 31 });
    expect(isoDateFromParts({ year: 2022, month: 3, day: 31 })).toBe('2022-03-31');
    expect(isoDateFromParts({ year: 999, month: 1, day: 2 })).toBe('0999-01-02');
  });
  it('rejects impossible parts', () => {
    expect(() => isoDateFromParts({ year: 2023, month: 2, day: 29 })).toThrow(
      "'2023-02-29' is not a date in the calendar",
    );
  });
});

describe('day numbers', () => {
  it('count days from 1970-01-01 and agree with Date.UTC', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    for (const date of [
      '2000-02-29',
      '2021-01-21',
      '2024-03-01',
      '1900-03-01',
      '2100-12-31',
      '0001-01-01',
      '9999-12-31',
    ]) {
      expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      expect(isoDateFromDayNumber(dayNumber(date))).toBe(date);
    }
  });
  it('round-trip every day of 1999 to 2030', () => {
    let days = dayNumber('1999-01-01');
    let date = '1999-01-01';
    while (date !== '2031-01-01') {
      expect(dayNumber(date)).toBe(days);
      days += 1;
      date = isoDateFromDayNumber(days);
      expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(date);
    }
  });
  it('reject fractional day numbers', () => {
    expect(() => isoDateFromDayNumber(1.5)).toThrow('1.5 is not a whole number of days');
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2022-03-31', 1)).toBe('2022-04-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2021-04-01', 0)).toBe('2021-04-01');
    expect(addDays('2021-04-01', 365)).toBe('2022-04-01');
  });
  it('rejects fractional days and bad dates', () => {
    expect(() => addDays('2021-04-01', 0.5)).toThrow('0.5 is not a whole number of days');
    expect(() => addDays('2021-02-30', 1)).toThrow('not a date in the calendar');
  });
});

describe('daysBetweenInclusive', () => {
  it('counts both ends', () => {
    expect(daysBetweenInclusive('2021-04-01', '2021-04-01')).toBe(1);
    expect(daysBetweenInclusive('2021-04-01', '2022-03-31')).toBe(365);
    expect(daysBetweenInclusive('2023-04-01', '2024-03-31')).toBe(366); // contains 29 Feb 2024
    expect(daysBetweenInclusive('2024-02-01', '2024-02-29')).toBe(29);
  });
  it('throws when the end is before the start', () => {
    expect(() => daysBetweenInclusive('2021-04-02', '2021-04-01')).toThrow('2021-04-01 is before 2021-04-02');
  });
});

describe('compareIsoDates and dayOfWeek', () => {
  it('order dates', () => {
    expect(compareIsoDates('2021-03-31', '2021-04-01')).toBeLessThan(0);
    expect(compareIsoDates('2021-04-01', '2021-04-01')).toBe(0);
    expect(compareIsoDates('2022-01-01', '2021-12-31')).toBeGreaterThan(0);
  });
  it('name the weekday, Sunday 0', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2021-01-21')).toBe(4);
    expect(dayOfWeek('2024-02-29')).toBe(4);
    expect(dayOfWeek('2021-04-04')).toBe(0);
    expect(dayOfWeek('1969-12-27')).toBe(6);
  });
});
