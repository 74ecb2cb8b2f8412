import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks } from './chartScale.ts';

describe('niceTicks', () => {
  it('covers the data from zero in round steps', () => {
    expect(niceTicks(10.886, 13.125)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(11.071, 19.433)).toEqual([0, 5, 10, 15, 20]);
  });

  it('goes below zero for a surplus', () => {
    expect(niceTicks(-2.3, 7.8)).toEqual([-5, 0, 5, 10]);
  });

  it('has no floating point noise in small steps', () => {
    expect(niceTicks(0, 0.5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('gives a usable axis when everything is zero', () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for SVG y', () => {
    const y = linearScale(0, 20, 300, 100);
    expect(y(0)).toBe(300);
    expect(y(20)).toBe(100);
    expect(y(10)).toBe(200);
  });

  it('puts everything in the middle of an empty domain', () => {
    expect(linearScale(5, 5, 0, 100)(5)).toBe(50);
  });
});
