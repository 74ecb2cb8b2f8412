/** One side of an identity: what it is and its value (pence for money, plain numbers otherwise). */
export interface CheckSide {
  label: string;
  value: number;
}

/** An identity that does not hold in a council's data, with both sides and the difference. */
export interface CheckFailure {
  /** Stable name of the identity, e.g. `opening-equals-prior-outturn`. */
  check: string;
  /** Where: plan version, document, table, year. */
  where: string;
  message: string;
  left: CheckSide;
  right: CheckSide;
  /** left − right */
  difference: number;
  unit: 'pence' | 'count' | 'percent' | 'words';
}

/** Compares two values and returns a failure when they differ by more than `tolerance`. */
export function compare(
  check: string,
  where: string,
  left: CheckSide,
  right: CheckSide,
  unit: CheckFailure['unit'],
  message: string,
  tolerance: number = 0,
): CheckFailure | null {
  const difference = left.value - right.value;
  if (Math.abs(difference) <= tolerance) return null;
  return { check, where, message, left, right, difference, unit };
}
