import { isoDateParts, type IsoDate } from './isoDate';
import { formatYearLabel, parseYearLabel, startYearOfCanonical, type YearLabelKind } from './yearLabel';

// An academic year runs 1 September to 31 August: the year of school places, EHCP cohorts and
// national curriculum years. Functions other than parseAcademicYear take the canonical form only
// ('2021/22') so that a financial year passed by mistake is an error.

/** An academic year written '2021/22': 1 September 2021 to 31 August 2022. */
export type AcademicYear = string;

const ACADEMIC_YEAR: YearLabelKind = { name: 'an academic year', prefix: 'AY', separator: '/' };

/** Reads '2021/22', '2021-22', '2021/2022', '2021-2022' or 'AY2021/22' as the academic year '2021/22'. */
export function parseAcademicYear(text: string): AcademicYear {
  return formatYearLabel(parseYearLabel(text, ACADEMIC_YEAR), ACADEMIC_YEAR);
}

/** The calendar year in which an academic year starts: '2021/22' → 2021. */
export function academicStartYearOf(ay: AcademicYear): number {
  return startYearOfCanonical(ay, ACADEMIC_YEAR);
}

/** The academic year starting on 1 September of a calendar year: 2021 → '2021/22'. */
export function academicYearStartingIn(calendarYear: number): AcademicYear {
  return formatYearLabel(calendarYear, ACADEMIC_YEAR);
}

/** The first day of an academic year: '2021/22' → '2021-09-01'. */
export function academicYearStart(ay: AcademicYear): IsoDate {
  return `${String(academicStartYearOf(ay))}-09-01`;
}

/** The last day of an academic year: '2021/22' → '2022-08-31'. */
export function academicYearEnd(ay: AcademicYear): IsoDate {
  return `${String(academicStartYearOf(ay) + 1)}-08-31`;
}

/** The academic year containing a date: '2022-08-31' → '2021/22', '2022-09-01' → '2022/23'. */
export function academicYearOf(date: IsoDate): AcademicYear {
  const { year, month } = isoDateParts(date);
  return academicYearStartingIn(month >= 9 ? year : year - 1);
}

/** The academic year after: '2021/22' → '2022/23'. */
export function nextAcademicYear(ay: AcademicYear): AcademicYear {
  return academicYearStartingIn(academicStartYearOf(ay) + 1);
}

/** The academic year before: '2021/22' → '2020/21'. */
export function previousAcademicYear(ay: AcademicYear): AcademicYear {
  return academicYearStartingIn(academicStartYearOf(ay) - 1);
}

/** Orders two academic years: negative if a is earlier, 0 if the same, positive if later. */
export function compareAcademicYears(a: AcademicYear, b: AcademicYear): number {
  return academicStartYearOf(a) - academicStartYearOf(b);
}

/** Every academic year from `from` to `to`, both included; throws if `to` is before `from`. */
export function academicYearRange(from: AcademicYear, to: AcademicYear): AcademicYear[] {
  const first = academicStartYearOf(from);
  const last = academicStartYearOf(to);
  if (last < first) throw new RangeError(`academic year ${to} is before ${from}`);
  return Array.from({ length: last - first + 1 }, (_, offset) => academicYearStartingIn(first + offset));
}
