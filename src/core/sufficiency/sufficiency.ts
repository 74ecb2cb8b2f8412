import type { Cap } from '../forecast/scenario';
import type { Pence } from '../money';
import { financialYearOf, type IsoDate } from '../periods';

// Sufficiency and capital: the council's capacity register (places by setting, phase and need focus),
// its capital schemes (places, cost, opening date), and the gap between forecast demand and places by
// year. Schemes feed the forecast as caps on their setting (the existing cap scenario kind): a setting
// holds at most its places, and arrivals beyond them go where the council names.

/** One row of the capacity register. `setting` is the forecast's setting code. */
export interface CapacityEntry {
  setting: string;
  phase: 'early years' | 'primary' | 'secondary' | 'post-16' | 'all-through';
  needFocus: string;
  places: number;
}

/** A capital scheme adding places to a setting from the day it opens. */
export interface CapitalScheme {
  name: string;
  setting: string;
  places: number;
  cost: Pence;
  opens: IsoDate;
}

/** Places in a setting at a January census: the register's plus every scheme open by then. */
export function placesAt(
  setting: string,
  census: number,
  register: readonly CapacityEntry[],
  schemes: readonly CapitalScheme[],
): number {
  const base = register.filter((e) => e.setting === setting).reduce((s, e) => s + e.places, 0);
  const opened = schemes
    .filter((s) => s.setting === setting && s.opens <= `${census}-01-31`)
    .reduce((sum, s) => sum + s.places, 0);
  return base + opened;
}

/** One setting's demand against its places in one census year; a negative gap is a shortfall. */
export interface SufficiencyRow {
  census: number;
  setting: string;
  demand: number;
  places: number;
  gap: number;
}

/** Forecast demand (mean EHCPs by setting, per census year) against places, for every registered setting. */
export function sufficiencyGap(
  demand: ReadonlyArray<{ census: number; bySetting: Readonly<Record<string, number>> }>,
  register: readonly CapacityEntry[],
  schemes: readonly CapitalScheme[],
): SufficiencyRow[] {
  const settings = [...new Set([...register.map((e) => e.setting), ...schemes.map((s) => s.setting)])];
  return demand.flatMap((year) =>
    settings.map((setting) => {
      const places = placesAt(setting, year.census, register, schemes);
      const wanted = year.bySetting[setting] ?? 0;
      return { census: year.census, setting, demand: wanted, places, gap: places - wanted };
    }),
  );
}

/**
 * The caps the register and schemes put on the forecast: one per setting and census year whose places
 * change, each sending arrivals beyond the places to `overflow` (e.g. the independent sector).
 */
export function capacityCaps(
  settings: readonly string[],
  censusYears: readonly number[],
  register: readonly CapacityEntry[],
  schemes: readonly CapitalScheme[],
  overflow: string,
): Cap[] {
  const caps: Cap[] = [];
  for (const setting of settings) {
    let open: Cap | undefined;
    for (const census of censusYears) {
      const places = placesAt(setting, census, register, schemes);
      if (open && open.places === places) {
        open = { ...open, years: { from: open.years!.from!, until: census } };
        caps[caps.length - 1] = open;
        continue;
      }
      open = {
        type: 'cap',
        setting,
        places,
        excess: 'redirect',
        to: overflow,
        years: { from: census, until: census },
      };
      caps.push(open);
    }
  }
  return caps;
}

/** The cost avoided by each placement made locally instead of out of area, by financial year of the census. */
export function avoidedCost(
  redirected: ReadonlyArray<{ census: number; pupils: number }>,
  outOfAreaCost: Pence,
  localCost: Pence,
): Array<{ financialYear: string; avoided: Pence }> {
  return redirected.map((r) => ({
    financialYear: financialYearOf(`${r.census}-01-31`),
    avoided: Math.round(r.pupils * (outOfAreaCost - localCost)),
  }));
}
