// The columns of the placement register file (CSV or the template's "Placements" sheet), with what each
// holds. The reader, the template's notes sheet and docs/formats/placements.md all follow this list.

/** One column of the register file. */
export interface RegisterColumn {
  readonly name: string;
  /** Whether the header must have the column (a required column may still allow blank cells, see `blank`). */
  readonly required: boolean;
  /** What a blank cell means, or null when a value is needed. */
  readonly blank: string | null;
  readonly description: string;
  readonly example: string;
}

const amount = (what: string): Pick<RegisterColumn, 'required' | 'blank' | 'description'> => ({
  required: true,
  blank: '0',
  description: `${what}: an annual amount in pounds on the row's cost basis ('12500', '£12,500.00').`,
});

/** Every column, in template order (columns added later go at the end, so older templates still line up). */
export const registerColumns: readonly RegisterColumn[] = [
  {
    name: 'child_id',
    required: true,
    blank: null,
    description:
      'Pseudonymised id of the child or young person (letters, digits, - or _, with at least one digit). Never a name.',
    example: 'KGT-000123',
  },
  {
    name: 'date_of_birth',
    required: true,
    blank: 'use ncy instead',
    description: 'Date of birth, YYYY-MM-DD or DD/MM/YYYY. Blank only when ncy is given.',
    example: '2009-11-02',
  },
  {
    name: 'primary_need',
    required: true,
    blank: null,
    description:
      'SEN2 primary need code (see the Codes sheet). DS (Down syndrome) only in registers dated 2025 or later.',
    example: 'ASD',
  },
  {
    name: 'setting_type',
    required: true,
    blank: null,
    description: 'SEN2 establishment type code or its label (see the Codes sheet).',
    example: 'special_la_maintained',
  },
  {
    name: 'provider',
    required: true,
    blank: null,
    description: 'Name of the school, college or provider.',
    example: 'Example Special School',
  },
  {
    name: 'urn',
    required: true,
    blank: 'no URN (e.g. home education)',
    description: 'URN (6 digits) of the school, or UKPRN (8 digits) of a college or provider.',
    example: '102345',
  },
  {
    name: 'in_borough',
    required: true,
    blank: null,
    description: "Whether the provider is in the council's area: yes or no.",
    example: 'yes',
  },
  {
    name: 'start_date',
    required: true,
    blank: null,
    description:
      'First day of the placement, YYYY-MM-DD or DD/MM/YYYY. May be after the as-at date for an agreed future placement.',
    example: '2020-09-01',
  },
  {
    name: 'end_date',
    required: true,
    blank: 'open-ended',
    description: 'Last day of the placement; blank while it continues. Not before start_date.',
    example: '',
  },
  {
    name: 'place_funding',
    ...amount('Place funding (e.g. £10,000 for a special school place)'),
    example: '10000',
  },
  { name: 'top_up', ...amount('Top-up funding'), example: '18547' },
  {
    name: 'other_cost',
    ...amount(
      'Other costs of the placement paid from the High Needs Block (fees beyond place and top-up, therapies)',
    ),
    example: '0',
  },
  {
    name: 'cost_basis',
    required: true,
    blank: null,
    description:
      'academic: the amounts are per academic year (September to August); financial: per financial year (April to March).',
    example: 'academic',
  },
  {
    name: 'health_contribution',
    ...amount("Contribution from children's health (all health, when adult_health_contribution is not used)"),
    example: '0',
  },
  { name: 'social_care_contribution', ...amount("Contribution from children's social care"), example: '0' },
  { name: 'adult_social_care_contribution', ...amount('Contribution from adult social care'), example: '0' },
  {
    name: 'ncy',
    required: false,
    blank: 'use date_of_birth',
    description:
      'National Curriculum Year in the academic year of the as-at date: N1, N2, R, 1 to 14 (optional when date_of_birth is given).',
    example: '',
  },
  {
    name: 'council_category',
    required: false,
    blank: "derived from the council's category map",
    description: "The council's own category (id or label, see the Codes sheet), to override the map.",
    example: '',
  },
  {
    name: 'adult_health_contribution',
    required: false,
    blank: '0',
    description:
      "Contribution from adults' health (e.g. adult continuing healthcare for a young person of 18 or over): an annual amount in pounds on the row's cost basis.",
    example: '',
  },
];

/** The columns a header must have. */
export const requiredColumnNames = registerColumns.filter((c) => c.required).map((c) => c.name);

/** Every column name a header may have. */
export const allColumnNames = registerColumns.map((c) => c.name);

/** A header cell as a column name: 'Top up ' → 'top_up'. */
export function normaliseColumnName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
