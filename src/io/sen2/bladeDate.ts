import { isoDateFromParts, isoDateParts, type IsoDate } from '../../core/periods';

// COLLECT's Blade export writes dates as `2022-Sep-28 00:00:00` (English month abbreviations, a time
// that is always midnight). A council that re-saves a file in a spreadsheet may turn them into
// `2022-09-28` or `28/09/2022`; those are read too, so a re-saved export is not refused for its dates.

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const BLADE = /^(\d{4})-([A-Za-z]{3})-(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The date a Blade cell holds, or undefined when it is not a date in one of the three forms. */
export function parseBladeDate(text: string): IsoDate | undefined {
  const parts = partsOf(text.trim());
  if (!parts) return undefined;
  try {
    return isoDateFromParts(parts);
  } catch {
    return undefined;
  }
}

function partsOf(text: string): { year: number; month: number; day: number } | undefined {
  const blade = BLADE.exec(text);
  if (blade) {
    const month = months.indexOf(blade[2]!.toLowerCase()) + 1;
    return month === 0 ? undefined : { year: Number(blade[1]), month, day: Number(blade[3]) };
  }
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const uk = UK.exec(text);
  if (uk) return { year: Number(uk[3]), month: Number(uk[2]), day: Number(uk[1]) };
  return undefined;
}

/** A date written as COLLECT writes it: '2022-09-28' -> '2022-Sep-28 00:00:00'. */
export function formatBladeDate(date: IsoDate): string {
  const { year, month, day } = isoDateParts(date);
  const name = months[month - 1]!;
  return `${String(year)}-${name[0]!.toUpperCase()}${name.slice(1)}-${String(day).padStart(2, '0')} 00:00:00`;
}
