/** The kinds of line in a DSG financial model, in the order a council's spreadsheet lists them. */
export const lineKinds = [
  'hnbAllocation',
  'blockTransfer',
  'otherIncome',
  'expenditure',
  'pressure',
  'saving',
  'otherBlocksVariance',
  'generalFundContribution',
  'dfeContribution',
  // The regime of 2026: amounts from a rule (lineRules.ts), not typed in.
  'stabilityGrant',
  'hnbGrowth',
] as const;

export type LineKind = (typeof lineKinds)[number];

/** Whether a larger amount on a line of this kind is good news for the deficit. */
export type Direction = 'higherIsBetter' | 'lowerIsBetter';

const directions: Record<LineKind, Direction> = {
  hnbAllocation: 'higherIsBetter',
  blockTransfer: 'higherIsBetter',
  otherIncome: 'higherIsBetter',
  expenditure: 'lowerIsBetter',
  pressure: 'lowerIsBetter',
  // Savings, council and DfE contributions are stored as positive amounts that reduce the deficit.
  saving: 'higherIsBetter',
  otherBlocksVariance: 'lowerIsBetter',
  generalFundContribution: 'higherIsBetter',
  dfeContribution: 'higherIsBetter',
  stabilityGrant: 'higherIsBetter',
  hnbGrowth: 'higherIsBetter',
};

/** Which way is favourable for a line of this kind. */
export function directionOf(kind: LineKind): Direction {
  return directions[kind];
}

/** Plain-English names, as a finance officer would head a column. */
export const lineKindNames: Record<LineKind, string> = {
  hnbAllocation: 'High Needs Block allocation',
  blockTransfer: 'Block transfer into High Needs',
  otherIncome: 'Other income',
  expenditure: 'Expenditure before savings',
  pressure: 'Pressure',
  saving: 'Saving / mitigation',
  otherBlocksVariance: 'Variance in other DSG blocks',
  generalFundContribution: 'General Fund contribution',
  dfeContribution: 'DfE contribution (Safety Valve / write-off)',
  stabilityGrant: 'High needs stability grant',
  hnbGrowth: 'DSG funding assumption (HNB growth)',
};

/** The kinds whose amounts follow from the line's rule (lineRules.ts). */
export const ruleKinds = ['stabilityGrant', 'hnbGrowth'] as const satisfies readonly LineKind[];

/** Whether lines of this kind carry a rule. */
export const isRuleKind = (kind: LineKind): kind is (typeof ruleKinds)[number] =>
  (ruleKinds as readonly string[]).includes(kind);

export function isLineKind(value: string): value is LineKind {
  return (lineKinds as readonly string[]).includes(value);
}

/**
 * The sign a line is shown with in DfE and committee tables: savings and contributions reduce the
 * deficit, so templates print them negative.
 */
export function presentationSign(kind: LineKind): 1 | -1 {
  return kind === 'saving' ||
    kind === 'generalFundContribution' ||
    kind === 'dfeContribution' ||
    kind === 'stabilityGrant'
    ? -1
    : 1;
}
