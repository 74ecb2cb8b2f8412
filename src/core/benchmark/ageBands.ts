// The age bands the DfE's releases and the seed 002 benchmarking table use for EHCP caseload. The 2022
// release (long format) publishes the bands directly; the 2025 release publishes single years of age
// ("under 3", "age 3" ... "age 25"), which add up to the same bands.

/** The five age bands of the EHCP caseload, youngest first. */
export const ageBands = ['under5', '5to10', '11to15', '16to19', '20to25'] as const;
/** One of the five age bands. */
export type AgeBand = (typeof ageBands)[number];

/** How each band is written in reports. */
export const ageBandLabels: Record<AgeBand, string> = {
  under5: 'Under 5',
  '5to10': '5 to 10',
  '11to15': '11 to 15',
  '16to19': '16 to 19',
  '20to25': '20 to 25',
};

/** The 2022 release's `characteristic_age` values. */
const longFormatLabels: Record<string, AgeBand> = {
  'under 5': 'under5',
  'age 5 to 10': '5to10',
  'age 11 to 15': '11to15',
  'age 16 to 19': '16to19',
  'age 20 to 25': '20to25',
};

/** The band of a 2022-release age label ('Age 5 to 10'), or undefined for 'Total' and unknown labels. */
export function ageBandOfLabel(label: string): AgeBand | undefined {
  return longFormatLabels[label.trim().toLowerCase()];
}

/** The band of a single year of age, as the 2025 release writes it ('under 3', 'age 14'). */
export function ageBandOfSingleYear(label: string): AgeBand | undefined {
  const text = label.trim().toLowerCase();
  if (text === 'under 3') return 'under5';
  const match = /^age (\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const age = Number(match[1]);
  if (age < 5) return 'under5';
  if (age <= 10) return '5to10';
  if (age <= 15) return '11to15';
  if (age <= 19) return '16to19';
  if (age <= 25) return '20to25';
  return undefined;
}
