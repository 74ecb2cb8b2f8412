import { describe, expect, it } from 'vitest';
import { MoneyParseError, parseMoney, tryParseMoney } from './parseMoney';

describe('parseMoney', () => {
  it.each([
    ['£1,234,567', 123456700],
    ['1234567', 123456700],
    ['1,234,567.89', 123456789],
    ['1,234.5', 123450],
    ['0.07', 7],
    ['-£1,234', -123400],
    ['£-1,234', -123400],
    ['−£1,234', -123400], // U+2212 minus sign, as typeset documents write it
    ['+£1,234', 123400],
    ['(1,246,610)', -124661000],
    ['(£1,246,610)', -124661000],
    ['£ 1,234', 123400],
    ['  £139k  ', 13900000],
    ['£1.2m', 120000000],
    ['£28.6M', 2860000000],
    ['1.5bn', 150000000000],
    ['1.5BN', 150000000000],
    ['£1,234k', 123400000],
    ['(£2.3m)', -230000000],
    ['£1.23456k', 123456],
    ['0', 0],
    ['007', 700],
  ])('parses %s', (text, pence) => {
    expect(parseMoney(text)).toBe(pence);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseMoney('-0'), 0)).toBe(true);
    expect(Object.is(parseMoney('(0.00)'), 0)).toBe(true);
  });

  it.each([
    ['', 'blank or a dash'],
    ['   ', 'blank or a dash'],
    ['-', 'blank or a dash'],
    ['—', 'blank or a dash'],
    ['–', 'blank or a dash'],
    ['12,5OO', "'12,5OO' is not an amount"],
    ['1.234', 'more than 2 decimal places'],
    ['1,23,4', 'groups of 3'],
    ['1234,567', 'groups of 3'],
    ['1,234,56', 'groups of 3'],
    ['--1', 'more than one sign'],
    ['-£-1', 'more than one sign'],
    ['(-1,234)', 'more than one sign'],
    ['(1,234', 'unbalanced brackets'],
    ['1,234)', 'unbalanced brackets'],
    ['£1.234567k', "with 'k'"],
    ['1.', "'1.' is not an amount"],
    ['.5', "'.5' is not an amount"],
    ['£', "'£' is not an amount"],
    ['1 234', "'1 234' is not an amount"],
    ['12x', "'12x' is not an amount"],
    ['£1m£', "'£1m£' is not an amount"],
    ['-(1)', "'-(1)' is not an amount"],
    ['99999999999999999', 'too large'],
  ])('rejects %j', (text, message) => {
    expect(() => parseMoney(text)).toThrow(MoneyParseError);
    expect(() => parseMoney(text)).toThrow(message);
  });

  it('keeps the offending text on the error, as given', () => {
    try {
      parseMoney(' 12,5OO ');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MoneyParseError);
      expect((error as MoneyParseError).text).toBe(' 12,5OO ');
      expect((error as MoneyParseError).name).toBe('MoneyParseError');
      expect((error as MoneyParseError).message).toBe("' 12,5OO ' is not an amount");
    }
  });
});

describe('tryParseMoney', () => {
  it('returns the value when the text is an amount', () => {
    expect(tryParseMoney('(1,246,610)')).toEqual({ ok: true, value: -124661000 });
  });
  it('returns the message when it is not', () => {
    expect(tryParseMoney('1.234')).toEqual({
      ok: false,
      error: "'1.234' is not an amount (more than 2 decimal places)",
    });
  });
});
