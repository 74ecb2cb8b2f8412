// The code lists of the SEN2 person-level return, as the DfE's guide to the return (v1.x, 2023-2025)
// defines them. Configuration, not code: when the DfE changes a list, change the table here. Need codes
// are versioned by return year and live with the placement register (src/core/placements/needCodes), so
// a register and a return check the same list.

/** One code of a list with the words the DfE's guide uses. */
export interface Sen2Code {
  readonly code: string;
  readonly label: string;
}

/** Why an EHC plan ended (item 4.6, CeaseReason). */
export const ceaseReasons: readonly Sen2Code[] = [
  { code: '1', label: 'Reached maximum age' },
  { code: '2', label: 'Needs met without an EHC plan' },
  { code: '3', label: 'Moved on to higher education' },
  { code: '4', label: 'Moved on to paid employment' },
  { code: '5', label: 'Transferred to another local authority in England' },
  { code: '6', label: 'No longer engaging in education or training' },
  { code: '7', label: 'Moved outside England' },
  { code: '8', label: 'Deceased' },
  { code: '9', label: 'Other' },
];

/** Where a child is when the setting has no URN or UKPRN (items 4.7c and 5.7c, SENsetting). */
export const senSettings: readonly Sen2Code[] = [
  { code: 'OLA', label: 'Other arrangements made by the local authority (including EOTAS)' },
  { code: 'OPA', label: 'Other arrangements made by parents or the young person (not EHE)' },
  { code: 'EHE', label: 'Elective home education' },
  { code: 'EYP', label: 'Early years provider without a URN' },
  { code: 'OTH', label: 'Other (a type of setting named, no setting)' },
  { code: 'NEET', label: 'Not in education, employment or training (aged 16-25)' },
  { code: 'NIEC', label: 'Not in education or training: notice to cease issued' },
  { code: 'NIEO', label: 'Not in education or training: other (e.g. awaiting a placement)' },
];

/** The decision on a request for an EHC needs assessment (module 2, RequestOutcome). */
export const requestOutcomes: readonly Sen2Code[] = [
  { code: 'A', label: 'Decided to assess' },
  { code: 'N', label: 'Decided not to assess' },
  { code: 'W', label: 'Withdrawn or ended before a decision to assess' },
  { code: 'H', label: 'Historical: decided before the collection period' },
];

/** The decision after an EHC needs assessment (module 3, AssessmentOutcome). */
export const assessmentOutcomes: readonly Sen2Code[] = [
  { code: 'Y', label: 'Decided to issue a plan' },
  { code: 'N', label: 'Decided not to issue a plan' },
  { code: 'W', label: 'Withdrawn or ended before a decision to issue' },
  { code: 'H', label: 'Historical: decided before the collection period' },
];

/** The codes of a list, for messages ("one of A, N, W, H"). */
export function codesOf(list: readonly Sen2Code[]): string[] {
  return list.map((c) => c.code);
}

/** The label of a code in a list, or the code itself when it is not in it. */
export function labelOf(list: readonly Sen2Code[], code: string): string {
  return list.find((c) => c.code === code)?.label ?? code;
}
