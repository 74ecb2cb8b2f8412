import { academicStartYearOf, academicYearStartingIn, type AcademicYear } from './academicYear';
import { dayOfWeek, isoDateFromParts, type IsoDate } from './isoDate';

// The DfE spring school census, which EHCP and SEN2 counts are taken against, is held on the third
// Thursday of January. "January 2021" figures therefore describe the academic year 2020/21.

const THURSDAY = 4;

/** The January school census day of a calendar year: the third Thursday of January (2021 → '2021-01-21'). */
export function januaryCensusDate(calendarYear: number): IsoDate {
  if (!Number.isInteger(calendarYear) || calendarYear < 1 || calendarYear > 9999) {
    throw new RangeError(`${String(calendarYear)} is not a calendar year`);
  }
  const firstOfJanuary = isoDateFromParts({ year: calendarYear, month: 1, day: 1 });
  const firstThursday = 1 + ((THURSDAY - dayOfWeek(firstOfJanuary) + 7) % 7);
  return isoDateFromParts({ year: calendarYear, month: 1, day: firstThursday + 14 });
}

/** The academic year containing the January census of a calendar year: 2021 → '2020/21'. */
export function censusAcademicYear(calendarYear: number): AcademicYear {
  if (!Number.isInteger(calendarYear)) throw new RangeError(`${String(calendarYear)} is not a calendar year`);
  return academicYearStartingIn(calendarYear - 1);
}

/** The January census day falling in an academic year: '2020/21' → '2021-01-21'. */
export function januaryCensusDateOf(ay: AcademicYear): IsoDate {
  return januaryCensusDate(academicStartYearOf(ay) + 1);
}
