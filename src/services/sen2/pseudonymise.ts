import { createHmac } from 'node:crypto';
import type { IdBasis, Sen2Person, Sen2Return } from '../../core/sen2/sen2Return';
import type { BladeExport, BladePerson } from '../../io/sen2/readBlade';

// A child's identity becomes two keyed hashes (HMAC-SHA256 with the council's own secret key, which never
// leaves the database): the person id, from the UPN, else the ULN, else the name and date of birth; and
// the match hash, from the name and date of birth, used only to find one child recorded under two ids.
// The same child gets the same id in every year's return of the council (and in no other council's), so
// years match up and the placement register can use the id as its child_id. Names, UPNs and ULNs are
// dropped here; nothing downstream ever sees them.

/** Hex characters kept of each hash: 80 bits, no collision in any council's lifetime of children. */
const idLength = 20;

const normaliseName = (name: string | null) =>
  (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function keyed(key: Buffer, purpose: string, text: string): string {
  return createHmac('sha256', key).update(`${purpose}\u0000${text}`).digest('hex').slice(0, idLength);
}

/** What the person id is made from, in order of preference (docs/sen2.md, "What is kept"). */
function idSource(p: BladePerson): { basis: IdBasis; text: string } | null {
  const upn = p.upn?.replace(/\s/g, '').toUpperCase();
  if (upn) return { basis: 'upn', text: upn };
  const uln = p.uln?.replace(/\s/g, '');
  if (uln) return { basis: 'uln', text: uln };
  const name = `${normaliseName(p.surname)}|${normaliseName(p.forename)}`;
  if (name !== '|' && p.birthDate) return { basis: 'name-and-birth-date', text: `${name}|${p.birthDate}` };
  return null;
}

/** The match hash's text: both names and the date of birth, or null when one is missing. */
function matchText(p: BladePerson): string | null {
  const surname = normaliseName(p.surname);
  const forename = normaliseName(p.forename);
  return surname && forename && p.birthDate ? `${surname}|${forename}|${p.birthDate}` : null;
}

/** A person with hashes instead of identifiers; one with nothing to identify them gets an id from their line. */
export function pseudonymisePerson(key: Buffer, p: BladePerson, collectionYear: number): Sen2Person {
  const source = idSource(p);
  const match = matchText(p);
  return {
    row: p.row,
    // Without a UPN, ULN or name the child cannot be matched across years: their id is unique to this
    // return's line, so they count once here and join as new next year.
    personId: keyed(
      key,
      `person:${source?.basis ?? 'line'}`,
      source?.text ?? `${String(collectionYear)}:${String(p.row)}`,
    ),
    idBasis: source?.basis ?? 'line',
    matchHash: match === null ? null : keyed(key, 'match', match),
    birthDate: p.birthDate,
    sex: p.sex,
    ethnicity: p.ethnicity,
  };
}

/** The export as the core sees it: every person pseudonymised, the rest as read. */
export function pseudonymiseExport(key: Buffer, data: BladeExport): Sen2Return {
  return {
    ...data,
    people: data.people.map((p) => pseudonymisePerson(key, p, data.header.collectionYear)),
  };
}
