import { ageBands, type AgeBand } from '../benchmark/ageBands';

// The DfE counts EHCPs by age in whole years on 31 August before the school year (SEN2 guide;
// DOMAIN-NOTES §4.1), and witan.send's NCY is that age minus 4 (MODEL-NOTES §1.1): Reception, NCY 0, is
// age 4, so "under 5" is NCY 0 and below and NCY 20 is age 24.

/** Age on 31 August before the school year, for a National Curriculum Year. */
export function ageOfNcy(ncy: number): number {
  return ncy + 4;
}

/** The DfE age band of an NCY; NCYs past age 25 (which the model never holds) fall in the last band. */
export function ageBandOfNcy(ncy: number): AgeBand {
  const age = ageOfNcy(ncy);
  if (age < 5) return 'under5';
  if (age <= 10) return '5to10';
  if (age <= 15) return '11to15';
  if (age <= 19) return '16to19';
  return '20to25';
}

/** The index of an NCY's band in `ageBands`. */
export function ageBandIndexOfNcy(ncy: number): number {
  return ageBands.indexOf(ageBandOfNcy(ncy));
}
