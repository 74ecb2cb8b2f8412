// Primary need codes of the SEN2 return, versioned by the return year that brought each in (or took it
// out). Configuration, not code: when the DfE changes the list, change this table. Down syndrome (DS)
// was added in the SEN2 2025 return; a register dated before 2025 cannot use it. A register uses the
// list of the return of its own calendar year (a register as at 2021-05-31 uses the SEN2 2021 list).
// Not in the list: NSA ("SEN support but no specialist assessment"), a school census code for SEN
// support that an EHCP register should not hold.

/** One need code with the SEN2 return years it is valid in (`to` absent: still valid). */
export interface NeedCode {
  readonly code: string;
  readonly label: string;
  readonly fromReturn: number;
  readonly toReturn?: number;
}

/** Every SEN2 primary need code, in the DfE's order. */
export const needCodes: readonly NeedCode[] = [
  { code: 'SPLD', label: 'Specific learning difficulty', fromReturn: 2014 },
  { code: 'MLD', label: 'Moderate learning difficulty', fromReturn: 2014 },
  { code: 'SLD', label: 'Severe learning difficulty', fromReturn: 2014 },
  { code: 'PMLD', label: 'Profound and multiple learning difficulty', fromReturn: 2014 },
  { code: 'SEMH', label: 'Social, emotional and mental health', fromReturn: 2014 },
  { code: 'SLCN', label: 'Speech, language and communication needs', fromReturn: 2014 },
  { code: 'HI', label: 'Hearing impairment', fromReturn: 2014 },
  { code: 'VI', label: 'Vision impairment', fromReturn: 2014 },
  { code: 'MSI', label: 'Multi-sensory impairment', fromReturn: 2014 },
  { code: 'PD', label: 'Physical disability', fromReturn: 2014 },
  { code: 'ASD', label: 'Autistic spectrum disorder', fromReturn: 2014 },
  { code: 'DS', label: 'Down syndrome', fromReturn: 2025 },
  { code: 'OTH', label: 'Other difficulty or disability', fromReturn: 2014 },
];

/** The need codes valid in the SEN2 return of a year. */
export function needCodesForReturn(returnYear: number): NeedCode[] {
  return needCodes.filter(
    (n) => n.fromReturn <= returnYear && (n.toReturn === undefined || returnYear <= n.toReturn),
  );
}

/** Why a code cannot be used in a register of a return year, or null when it can. */
export function needCodeProblem(code: string, returnYear: number): string | null {
  const known = needCodes.find((n) => n.code === code.trim().toUpperCase());
  if (!known)
    return `is not an SEN2 need code (${needCodesForReturn(returnYear)
      .map((n) => n.code)
      .join(', ')})`;
  if (known.fromReturn > returnYear) {
    return `is an SEN2 need code only from the ${known.fromReturn} return; this register is dated ${returnYear}`;
  }
  if (known.toReturn !== undefined && known.toReturn < returnYear) {
    return `was withdrawn after the SEN2 ${known.toReturn} return; this register is dated ${returnYear}`;
  }
  return null;
}
