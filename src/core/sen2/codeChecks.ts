import { needCodeProblem } from '../placements';
import { finding, type Sen2Finding } from './finding';
import type { ReturnIndex } from './returnIndex';
import type { Sen2Establishment, Sen2Module } from './sen2Return';

// Identifiers and codes the DfE's validation refuses: URNs are 6 digits, UKPRNs 8, and a need code must
// be in the list of the return's year (DS, Down syndrome, only from the 2025 return).

const URN = /^\d{6}$/;
const UKPRN = /^\d{8}$/;

function establishmentFindings(
  e: Sen2Establishment & { row: number },
  module: Sen2Module,
  personId: string | null,
): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  if (e.urn !== null && !URN.test(e.urn))
    found.push(
      finding(
        'bad-urn',
        { module, row: e.row, column: 'urn', value: e.urn, personId },
        'is not a URN: a URN is 6 digits (look the school up on Get Information about Schools)',
      ),
    );
  if (e.ukprn !== null && !UKPRN.test(e.ukprn))
    found.push(
      finding(
        'bad-ukprn',
        { module, row: e.row, column: 'ukprn', value: e.ukprn, personId },
        'is not a UKPRN: a UKPRN is 8 digits (look the provider up on the UK Register of Learning Providers)',
      ),
    );
  return found;
}

/** Malformed URNs and UKPRNs, and need codes not valid in the return's year. */
export function codeFindings(index: ReturnIndex): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  const year = index.ret.header.collectionYear;
  for (const { details, person } of index.plans)
    for (const d of details) found.push(...establishmentFindings(d, 'plandetail', person.personId));
  for (const active of index.activePlans) {
    const personId = active.person.personId;
    for (const p of active.placements) found.push(...establishmentFindings(p, 'placementdetail', personId));
    for (const n of active.needs) {
      const problem = needCodeProblem(n.need, year);
      if (problem)
        found.push(
          finding(
            'need-not-in-year',
            { module: 'senneed', row: n.row, column: 'sentype', value: n.need, personId },
            problem.replace('this register is dated', 'this is the return for'),
          ),
        );
    }
  }
  return found;
}
