import { describe, expect, it } from 'vitest';
import { NormalEquations, solveLinear } from './leastSquares';

describe('least squares without an intercept', () => {
  it('solves 2b1 + b2 = 5, b1 + 3b2 = 10 as b = (1, 3)', () => {
    expect(
      solveLinear(
        [
          [2, 1],
          [1, 3],
        ],
        [5, 10],
      ),
    ).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
  });

  it('pivots past a zero on the diagonal, and refuses a singular system', () => {
    expect(
      solveLinear(
        [
          [0, 1],
          [1, 0],
        ],
        [2, 3],
      ),
    ).toEqual([3, 2]);
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeUndefined();
  });

  it('fits y = 2 x1 - x2 exactly from three rows, and needs as many rows as features', () => {
    const eq = new NormalEquations(2);
    eq.add([1, 0], 2);
    expect(eq.solve()).toBeUndefined();
    eq.add([0, 1], -1);
    eq.add([1, 1], 1);
    expect(eq.solve()).toEqual([expect.closeTo(2, 12), expect.closeTo(-1, 12)]);
  });

  it('one feature: b = sum(xy) / sum(x^2)', () => {
    const eq = new NormalEquations(1);
    eq.add([1], 1);
    eq.add([2], 3);
    expect(eq.solve()?.[0]).toBeCloseTo(7 / 5, 12);
  });
});
