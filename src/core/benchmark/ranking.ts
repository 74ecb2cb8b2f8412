// Where a council stands among all councils with a value. Rank 1 is the highest value (as the DfE's
// tools rank); the percentile is the mid-rank percentile (ties share it), 0 lowest to 100 highest.

/** A council's place among all councils with a value for a measure. */
export interface Standing {
  /** 1 = highest value; tied councils share the better rank. */
  rank: number;
  /** How many councils have a value. */
  of: number;
  /** Mid-rank percentile: the share of councils below, counting half of those tied, 0-100. */
  percentile: number;
  /** 1 = the lowest tenth of values, 10 = the highest tenth. */
  decile: number;
}

/** The standing of `value` among `values` (which include it); undefined when there are none. */
export function standingAmong(value: number, values: readonly number[]): Standing | undefined {
  if (values.length === 0) return undefined;
  let below = 0;
  let equal = 0;
  let above = 0;
  for (const v of values) {
    if (v < value) below += 1;
    else if (v > value) above += 1;
    else equal += 1;
  }
  const percentile = ((below + equal / 2) / values.length) * 100;
  return {
    rank: above + 1,
    of: values.length,
    percentile,
    decile: Math.min(10, Math.floor(percentile / 10) + 1),
  };
}
