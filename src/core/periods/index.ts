// Periods: calendar dates, financial years (April-March), academic years (September-August),
// the January school census, and the conversions between them.
export {
  addDays,
  compareIsoDates,
  dayNumber,
  dayOfWeek,
  daysBetweenInclusive,
  daysInMonth,
  isLeapYear,
  isoDateFromDayNumber,
  isoDateFromParts,
  isoDateParts,
  parseIsoDate,
  type DateParts,
  type IsoDate,
} from './isoDate';
export {
  compareFinancialYears,
  financialYearEnd,
  financialYearOf,
  financialYearRange,
  financialYearStart,
  financialYearStartingIn,
  nextFinancialYear,
  parseFinancialYear,
  previousFinancialYear,
  startYearOf,
  type FinancialYear,
} from './financialYear';
export {
  academicStartYearOf,
  academicYearEnd,
  academicYearOf,
  academicYearRange,
  academicYearStart,
  academicYearStartingIn,
  compareAcademicYears,
  nextAcademicYear,
  parseAcademicYear,
  previousAcademicYear,
  type AcademicYear,
} from './academicYear';
export { censusAcademicYear, januaryCensusDate, januaryCensusDateOf } from './census';
export {
  financialYearAmountFromAcademicRates,
  financialYearShareOfAcademicYears,
  splitAcademicYearAmount,
  type AcademicYearShare,
  type FinancialYearPart,
  type RateByAcademicYear,
} from './academicFinancialSplit';
export { monthsElapsedInFinancialYear, proRataByDays } from './proRata';
