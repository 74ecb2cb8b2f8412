import { ENGLAND, localAuthorities, regions, type LocalAuthority } from './localAuthorities';

// Published files name the same LA several ways ("Bristol, City of", "Kingston Upon Hull City of",
// "St. Helens", "Westmorland & Furness", "Bournemouth Christchurch and Poole"). Normalising case,
// punctuation, '&' and the ", City of"/", County of" suffixes makes them one key; the rest are aliases.

/** A name reduced to a comparison key: 'Bristol, City of' and 'bristol' give the same key. */
export function normaliseAreaName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[,.'’]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (city|county) of$/, '');
}

const byCode = new Map<string, LocalAuthority>();
const byName = new Map<string, LocalAuthority[]>();
for (const la of localAuthorities) {
  byCode.set(la.code, la);
  byCode.set(la.newCode, la);
  for (const former of la.formerNewCodes ?? []) byCode.set(former, la);
  for (const name of [la.name, ...(la.aliases ?? [])]) {
    const key = normaliseAreaName(name);
    byName.set(key, [...(byName.get(key) ?? []), la]);
  }
}

/** The LA with this three-digit DfE number or nine-character ONS code (current or former). */
export function laByCode(code: string): LocalAuthority | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** Whether the LA existed on an ISO date (reorganisations start on 1 April). */
export function laExistsOn(la: LocalAuthority, date: string): boolean {
  return (la.from === undefined || la.from <= date) && (la.until === undefined || date <= la.until);
}

/**
 * The LA with this name on a date. Names are reused across reorganisations ('Dorset' is 835 until
 * March 2019 and 838 after), so the date picks one; undefined when no LA of that name existed then.
 */
export function laByName(name: string, onDate: string): LocalAuthority | undefined {
  const candidates = byName.get(normaliseAreaName(name)) ?? [];
  return candidates.find((la) => laExistsOn(la, onDate));
}

/** The region with this E12 code or name (any case, e.g. 'YORKSHIRE AND THE HUMBER '). */
export function regionOf(codeOrName: string): { code: string; name: string } | undefined {
  const key = normaliseAreaName(codeOrName);
  return regions.find((r) => r.code.toLowerCase() === key || normaliseAreaName(r.name) === key);
}

/** Every LA that existed on a date (the councils to rank on that date). */
export function lasExistingOn(date: string): LocalAuthority[] {
  return localAuthorities.filter((la) => laExistsOn(la, date));
}

/** A display name for an area code: an LA number, a region code or England. */
export function areaName(code: string): string {
  if (code === ENGLAND) return 'England';
  return regions.find((r) => r.code === code)?.name ?? laByCode(code)?.name ?? code;
}
