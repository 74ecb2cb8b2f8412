import { moduleLabels, type Sen2Module } from './sen2Return';

// A problem found in a return, by the reader (a value that cannot be read) or by the data-quality checks.
// Errors refuse the import whole; warnings are stored beside the return as its data-quality report. Every
// finding names the module, the line of the record in its Blade file and, where one is known, the
// child's pseudonymous id: never a name or UPN.

/** Every kind of finding, with whether it refuses the import and what it means. */
export const findingKinds = {
  // The file itself.
  'missing-file': { severity: 'error', title: 'A Blade file is missing' },
  'missing-column': { severity: 'error', title: 'A column is missing' },
  'unreadable-value': { severity: 'error', title: 'A value cannot be read' },
  'bad-header': { severity: 'error', title: 'The SEN2 header is not one row for this council' },
  'duplicate-id': { severity: 'error', title: 'Two records have the same table id' },
  'orphan-record': { severity: 'error', title: 'A record whose parent record is missing' },
  // Dates out of order.
  'plan-starts-before-birth': { severity: 'error', title: 'A plan starts before the child was born' },
  'plan-ceases-before-start': { severity: 'error', title: 'A plan ceases before it starts' },
  'placement-leaves-before-entry': { severity: 'error', title: 'A placement ends before it starts' },
  // Codes.
  'bad-urn': { severity: 'error', title: 'A URN that is not 6 digits' },
  'bad-ukprn': { severity: 'error', title: 'A UKPRN that is not 8 digits' },
  'need-not-in-year': { severity: 'error', title: "A need code not in the return year's list" },
  'two-primary-needs': { severity: 'error', title: 'Two rank-1 needs on one plan' },
  // Gaps and oddities: imported, reported.
  'plan-without-placement': { severity: 'warning', title: 'An open plan with no placement' },
  'plan-without-need': { severity: 'warning', title: 'An open plan with no primary need' },
  'overlapping-primary-placements': { severity: 'warning', title: 'Two rank-1 placements at once' },
  'ceased-without-reason': { severity: 'warning', title: 'A ceased plan without a reason' },
  'age-over-25': { severity: 'warning', title: 'Over 25 with an open plan' },
  'two-plans-at-once': { severity: 'warning', title: 'A child in two plans at once' },
  'request-without-outcome': { severity: 'warning', title: 'A request with no outcome after 20 weeks' },
  'same-child-two-ids': { severity: 'warning', title: 'The same child under two ids' },
  'unresolved-urn': { severity: 'warning', title: 'A URN or UKPRN whose setting type is not known' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; title: string }>;

/** One kind of finding. */
export type FindingKind = keyof typeof findingKinds;

/** One problem in a return. */
export interface Sen2Finding {
  readonly kind: FindingKind;
  readonly severity: 'error' | 'warning';
  readonly module: Sen2Module;
  /** The record's line in its Blade file (0: the file as a whole). */
  readonly row: number;
  readonly column: string | null;
  readonly value: string | null;
  /** The child's pseudonymous id, when the record leads to one. */
  readonly personId: string | null;
  readonly message: string;
}

/** A finding of a kind, its severity taken from the kind. */
export function finding(
  kind: FindingKind,
  where: {
    module: Sen2Module;
    row: number;
    column?: string;
    value?: string | null;
    personId?: string | null;
  },
  message: string,
): Sen2Finding {
  return {
    kind,
    severity: findingKinds[kind].severity,
    module: where.module,
    row: where.row,
    column: where.column ?? null,
    value: where.value ?? null,
    personId: where.personId ?? null,
    message,
  };
}

/** A finding as one sentence: "5b placement detail, line 14, column urn ('12345'): is not 6 digits". */
export function describeFinding(f: Sen2Finding): string {
  const at = f.row > 0 ? `, line ${String(f.row)}` : '';
  const column = f.column ? `, column ${f.column}${f.value !== null ? ` ('${f.value}')` : ''}` : '';
  const who = f.personId ? ` [child ${f.personId}]` : '';
  return `${moduleLabels[f.module]}${at}${column}${who}: ${f.message}`;
}

/** Counts by kind, every kind present (0 when none), for reports and the audit. */
export function countFindings(findings: readonly Sen2Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(Object.keys(findingKinds).map((k) => [k, 0])) as Record<
    FindingKind,
    number
  >;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}
