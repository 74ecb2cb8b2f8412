import { finding, type Sen2Finding } from './finding';
import type { Sen2Person } from './sen2Return';

// The same child under two ids: two people with the same keyed hash of name and birth date but different
// pseudonymous ids (a UPN in one record, none in another; a UPN typed twice differently). Checked within
// the return and against the council's other returns, whose people are known only by their hashes.

/** A person of another return, by their match hash. */
export interface KnownPerson {
  readonly personId: string;
  readonly collectionYear: number;
}

/** People whose match hash belongs to another id, here or in another return. */
export function identityFindings(
  people: readonly Sen2Person[],
  otherReturns: ReadonlyMap<string, KnownPerson> = new Map(),
): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  const first = new Map<string, Sen2Person>();
  for (const person of people) {
    if (!person.matchHash) continue;
    const where = { module: 'person' as const, row: person.row, personId: person.personId };
    const seen = first.get(person.matchHash);
    if (!seen) first.set(person.matchHash, person);
    else if (seen.personId !== person.personId) {
      found.push(
        finding(
          'same-child-two-ids',
          where,
          `has the same name and date of birth as line ${String(seen.row)} (child ${seen.personId}) but another UPN or ULN: one child recorded twice?`,
        ),
      );
      continue;
    }
    const known = otherReturns.get(person.matchHash);
    if (seen === undefined && known && known.personId !== person.personId)
      found.push(
        finding(
          'same-child-two-ids',
          where,
          `has the same name and date of birth as child ${known.personId} in the ${String(known.collectionYear)} return, under another UPN or ULN: the years will not match up`,
        ),
      );
  }
  return found;
}
