import { describe, expect, it } from 'vitest';
import { plainWords } from './plainWords.ts';

describe('plainWords', () => {
  it('says the limits of a number in words, with the field name kept in front', () => {
    expect(plainWords('simulations: Too big: expected number to be <=20000')).toBe(
      'simulations: Enter at most 20,000.',
    );
    expect(plainWords('Too small: expected number to be >=1')).toBe('Enter at least 1.');
  });

  it('says a missing or wrong kind of value in words', () => {
    expect(plainWords('amount: Invalid input: expected number, received null')).toBe(
      'amount: Enter a number.',
    );
    expect(plainWords('Invalid input: expected int, received number')).toBe('Enter a whole number.');
    expect(plainWords('name: Too small: expected string to have >=1 characters')).toBe(
      'name: Enter a value.',
    );
    expect(plainWords('Too big: expected string to have <=200 characters')).toBe(
      'Use at most 200 characters.',
    );
    expect(plainWords('mode: Invalid option: expected one of "default"|"witan"')).toBe(
      'mode: Choose one of the options offered.',
    );
  });

  it('leaves a message already in plain words as it is', () => {
    expect(plainWords('Enter at most 20,000 simulations.')).toBe('Enter at most 20,000 simulations.');
    expect(plainWords('The return is locked.')).toBe('The return is locked.');
  });
});
