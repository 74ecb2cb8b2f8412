import type { Direction } from './measure';
import type { Standing } from './ranking';

// RAG against all councils by decile. Deciles are counted in the direction of concern, so for a measure
// where higher is worse the highest tenth is the worst, and for one where higher is better the lowest.

export type Rag = 'red' | 'amber' | 'green';

/** From which decile of concern (1 best .. 10 worst) a measure is red, and from which amber. */
export interface DecileRagRule {
  redFrom: number;
  amberFrom: number;
}

/** Red in the worst fifth of councils, amber in the next fifth, green otherwise. */
export const defaultDecileRag: DecileRagRule = { redFrom: 9, amberFrom: 7 };

/** Checks a rule (1 <= amberFrom <= redFrom <= 10) and returns it, or throws saying what is wrong. */
export function decileRagRule(redFrom: number, amberFrom: number): DecileRagRule {
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 10;
  if (!ok(redFrom) || !ok(amberFrom) || amberFrom > redFrom) {
    throw new RangeError(
      `RAG deciles must be whole numbers 1-10 with amber (${String(amberFrom)}) not above red (${String(redFrom)})`,
    );
  }
  return { redFrom, amberFrom };
}

/** The decile of concern: 10 is the worst tenth whichever way the measure points; undefined if neutral. */
export function decileOfConcern(standing: Standing, direction: Direction): number | undefined {
  if (direction === 'neutral') return undefined;
  return direction === 'higherIsWorse' ? standing.decile : 11 - standing.decile;
}

/** The RAG for a standing; undefined for neutral measures, which have no better or worse. */
export function ragByDecile(
  standing: Standing,
  direction: Direction,
  rule: DecileRagRule = defaultDecileRag,
): Rag | undefined {
  const decile = decileOfConcern(standing, direction);
  if (decile === undefined) return undefined;
  if (decile >= rule.redFrom) return 'red';
  if (decile >= rule.amberFrom) return 'amber';
  return 'green';
}
