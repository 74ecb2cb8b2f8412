import { describe, expect, it } from 'vitest';
import { numberProblem, numberRules } from './numberRules';

describe('numberProblem', () => {
  it('refuses EHCP counts that are negative, fractional, huge or not finite', () => {
    expect(numberProblem(-5, numberRules.ehcpCount)).toBe('must be 0 or more');
    expect(numberProblem(2.5, numberRules.ehcpCount)).toBe('must be a whole number');
    expect(numberProblem(1e308, numberRules.ehcpCount)).toBe('must be 10,000,000 or less');
    expect(numberProblem(Infinity, numberRules.ehcpCount)).toBe('is not a finite number');
    expect(numberProblem(Number.NaN, numberRules.ehcpCount)).toBe('is not a finite number');
    expect(numberProblem(0, numberRules.ehcpCount)).toBeUndefined();
    expect(numberProblem(1_766, numberRules.ehcpCount)).toBeUndefined();
  });

  it('keeps pounds to two decimal places within ten billion either way', () => {
    expect(numberProblem(-1_234.56, numberRules.councilPounds)).toBeUndefined();
    expect(numberProblem(0.1 + 0.2, numberRules.councilPounds)).toBeUndefined();
    expect(numberProblem(1.005, numberRules.councilPounds)).toBe('must have at most 2 decimal places');
    expect(numberProblem(2e10, numberRules.councilPounds)).toBe('must be 10,000,000,000 or less');
  });

  it('lets a population be fractional (projections are) but not 1e308', () => {
    expect(numberProblem(1_234.5, numberRules.population)).toBeUndefined();
    expect(numberProblem(1e308, numberRules.population)).toBe('must be 100,000,000 or less');
  });
});
