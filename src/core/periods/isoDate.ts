// Dates are ISO calendar dates 'YYYY-MM-DD' held as strings: they sort, compare and serialise as
// themselves, and carry no time zone to shift them across midnight. Arithmetic goes through a day
// number (days since 1970-01-01) computed with Howard Hinnant's civil-calendar algorithms, so no
// Date object or clock is involved.

/** An ISO calendar date 'YYYY-MM-DD' (no time, no zone). */
export type IsoDate = string;

/** The year, month (1-12) and day of an IsoDate. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year has 29 February (Gregorian rules). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checks that text is a real calendar date written 'YYYY-MM-DD' and returns it; throws otherwise. */
export function parseIsoDate(text: string): IsoDate {
  isoDateParts(text);
  return text;
}

/** The year, month and day of an IsoDate; throws if it is not a real date written 'YYYY-MM-DD'. */
export function isoDateParts(date: IsoDate): DateParts {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`'${date}' is not a date written YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`'${date}' is not a date in the calendar`);
  }
  return { year, month, day };
}

/** Writes a year, month and day as an IsoDate; throws if they are not a real date. */
export function isoDateFromParts({ year, month, day }: DateParts): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text);
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  const y = month <= 2 ? year - 1 : year; // the algorithm's year starts in March, so leap days fall last
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The IsoDate of a day number (days since 1970-01-01). */
export function isoDateFromDayNumber(days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`${String(days)} is not a whole number of days`);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateFromParts({ year, month, day });
}

/** The date a whole number of days after (or, if negative, before) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`${String(days)} is not a whole number of days`);
  return isoDateFromDayNumber(dayNumber(date) + days);
}

/** The number of days from a to b counting both ends (a day to itself is 1); throws if b is before a. */
export function daysBetweenInclusive(a: IsoDate, b: IsoDate): number {
  const days = dayNumber(b) - dayNumber(a) + 1;
  if (days < 1) throw new RangeError(`${b} is before ${a}`);
  return days;
}

/** Orders two dates: negative if a is earlier, 0 if the same, positive if later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** The day of the week, 0 = Sunday to 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}
