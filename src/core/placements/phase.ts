import { academicStartYearOf, isoDateParts, type AcademicYear, type IsoDate } from '../periods';
import type { Placement } from './placement';

// Phase (< 16, > 16) is decided by age on 31 August before the academic year, the same date that sets
// a child's National Curriculum Year and that post-16 high needs funding uses (students aged 16 to 25
// on 31 August are post-16 for the whole academic year). So a young person who turns 16 in October of
// Year 11 stays "< 16" until the next September, and "> 16" means "aged 16 or over on 31 August":
// Year 12 onwards. Where only the NCY is known, Year 12 and above is "> 16". The date of birth wins
// when both are given, because funding follows age, not the year group a child is taught in.

/** The two phases of Kingston's KPIs 25 and 26. */
export const phases = ['under16', 'over16'] as const;
export type Phase = (typeof phases)[number];

/** How reports write each phase. */
export const phaseLabels: Record<Phase, string> = { under16: '< 16', over16: '> 16' };

/** Age in whole years on a date (a 29 February birthday falls on 1 March in other years). */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  const birth = isoDateParts(dateOfBirth);
  const on = isoDateParts(date);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** The 31 August before an academic year: '2021/22' → '2021-08-31'. */
export function ageDateFor(ay: AcademicYear): IsoDate {
  return `${String(academicStartYearOf(ay))}-08-31`;
}

/** The NCY a date of birth gives in an academic year (age on 31 August minus 4: Reception is 0). */
export function ncyOf(dateOfBirth: IsoDate, ay: AcademicYear): number {
  return ageOn(dateOfBirth, ageDateFor(ay)) - 4;
}

/** The phase of a placement in an academic year (its NCY, if used, must be the NCY in that year). */
export function phaseOf(p: Pick<Placement, 'dateOfBirth' | 'ncy'>, ay: AcademicYear): Phase {
  if (p.dateOfBirth !== null) return ageOn(p.dateOfBirth, ageDateFor(ay)) >= 16 ? 'over16' : 'under16';
  if (p.ncy !== null) return p.ncy >= 12 ? 'over16' : 'under16';
  throw new Error('a placement needs a date of birth or an NCY to have a phase');
}
