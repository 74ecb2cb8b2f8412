// Money in src/core is always a whole number of pence held in a JS number. A number is exact for
// integers up to 2^53 (about £90 trillion), far beyond any council budget, so bigint is only used
// inside calculations whose intermediate products could exceed that.

/** An amount of money in whole pence; always a safe integer. */
export type Pence = number;

/** Throws a RangeError unless `value` is a safe integer number of pence. */
export function assertPence(value: number, what = 'amount'): Pence {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(
      `${what} ${String(value)} is not a whole number of pence within the safe integer range`,
    );
  }
  return value;
}

/** Converts pounds (at most 2 decimal places) to pence: pounds(1234.56) is 123456. */
export function pounds(amount: number): Pence {
  if (!Number.isFinite(amount)) throw new RangeError(`${String(amount)} pounds is not a finite amount`);
  const scaled = amount * 100;
  const whole = Math.sign(scaled) * Math.round(Math.abs(scaled));
  // Only binary noise (0.29 * 100 = 28.999999999999996) may be rounded away; a real fraction of a
  // penny means the caller is mixing units and should see an error rather than lose money silently.
  if (Math.abs(scaled - whole) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    throw new RangeError(`${String(amount)} pounds is not a whole number of pence`);
  }
  return assertPence(whole === 0 ? 0 : whole, `${String(amount)} pounds`);
}

/** Converts pence to pounds as a plain number (for display or charts, never for further sums). */
export function toPounds(amount: Pence): number {
  return assertPence(amount) / 100;
}

/** Adds amounts of pence, throwing a RangeError if any input or the running total is not a safe integer. */
export function sumPence(amounts: Iterable<Pence>): Pence {
  let total = 0;
  for (const amount of amounts) {
    assertPence(amount);
    total += amount;
    // Checked at every step: once a sum leaves the safe range, later additions can hide the damage.
    if (!Number.isSafeInteger(total))
      throw new RangeError('the sum of the amounts is beyond the safe integer range');
  }
  return total;
}
