// Ordinary least squares without an intercept, by the normal equations: the pooled regression has at
// most four features, so (X'X) b = X'y is a 4 x 4 system, solved by Gaussian elimination with partial
// pivoting. Plain arrays in and out, so a test can work a small case by hand.

/** Accumulates X'X and X'y row by row, so rows need not be kept. */
export class NormalEquations {
  readonly xtx: number[][];
  readonly xty: number[];
  rows = 0;

  constructor(readonly size: number) {
    this.xtx = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    this.xty = new Array<number>(size).fill(0);
  }

  /** Adds one observation: features x (length size) and target y. */
  add(x: ArrayLike<number>, y: number): void {
    for (let a = 0; a < this.size; a += 1) {
      const xa = x[a] ?? NaN;
      this.xty[a] = (this.xty[a] ?? 0) + xa * y;
      const row = this.xtx[a] as number[];
      for (let b = 0; b < this.size; b += 1) row[b] = (row[b] ?? 0) + xa * (x[b] ?? NaN);
    }
    this.rows += 1;
  }

  /** The coefficients, or undefined when there are fewer rows than features or X'X is singular. */
  solve(): number[] | undefined {
    if (this.rows < this.size) return undefined;
    return solveLinear(this.xtx, this.xty);
  }
}

/** Solves A b = y (A square); undefined when A is singular. */
export function solveLinear(
  matrix: readonly (readonly number[])[],
  rhs: readonly number[],
): number[] | undefined {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] ?? NaN]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    const scale = Math.max(1e-300, ...a.map((row) => Math.abs(row[col] ?? 0)));
    if (Math.abs(a[pivot]?.[col] ?? 0) <= 1e-12 * scale) return undefined;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] ?? 0) / (p[col] ?? NaN);
      for (let k = col; k <= n; k += 1) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? NaN) / (row[i] ?? NaN));
}
