import type { PlacementCategory } from '../benchmark/placementCategories';
import { findSettingType, settingTypeOf } from '../placements';
import type { Sen2Establishment } from './sen2Return';

// The return names establishments by URN (schools) or UKPRN (colleges and providers), not by type. A
// URN's setting type comes from, in order: the council's placement register (it has both), the council's
// URN lookup file, and, for children without a URN or UKPRN, the SEN setting code. A mainstream school
// with the SEN unit or resourced provision flag is that school's unit or provision. What none of these
// resolves is an unresolved URN: a finding, counted as "placement not known".

/** What the council knows of its establishments: setting type code by URN and by UKPRN. */
export interface SettingLookups {
  /** From the latest placement register: URN (or UKPRN, registers keep either in `urn`) -> type. */
  readonly register: ReadonlyMap<string, string>;
  /** From the council's URN lookup file: URN or UKPRN -> type. */
  readonly lookup: ReadonlyMap<string, string>;
}

/** Where a setting type came from. */
export type SettingSource = 'register' | 'lookup' | 'senSetting' | 'unresolved' | 'none';

/** An establishment resolved to a setting type and its DfE placement category. */
export interface ResolvedSetting {
  readonly settingType: string;
  readonly category: PlacementCategory;
  readonly source: SettingSource;
  /** The URN or UKPRN that could not be resolved (source 'unresolved'). */
  readonly unresolved?: string;
}

/** The setting types the SEN setting codes stand for (DfE caseload columns). */
export const senSettingTypes: Readonly<Record<string, string>> = {
  OLA: 'other_arrangements_la',
  OPA: 'other_arrangements_parents',
  EHE: 'elective_home_education',
  EYP: 'nm_early_years',
  OTH: 'other_placement_settings',
  NEET: 'neet',
  NIEC: 'neet_ntci',
  NIEO: 'neet_other',
};

/** The type a child with no known placement is counted under. */
export const unknownSettingType = 'placement_unknown';

const mainstreamWithUnits = new Set([
  'mainstream_la_maintained',
  'mainstream_academy',
  'mainstream_free_school',
]);

function withUnitFlags(type: string, e: Sen2Establishment): string {
  if (!mainstreamWithUnits.has(type)) return type;
  if (e.senUnit === true) return `${type}_senunit`;
  if (e.resourcedProvision === true) return `${type}_resourced_provision`;
  return type;
}

const resolved = (settingType: string, source: SettingSource, unresolvedKey?: string): ResolvedSetting => ({
  settingType,
  category: settingTypeOf(settingType).category,
  source,
  ...(unresolvedKey !== undefined ? { unresolved: unresolvedKey } : {}),
});

/** The setting type of an establishment (null: no establishment at all). */
export function resolveSetting(e: Sen2Establishment | null, lookups: SettingLookups): ResolvedSetting {
  if (!e) return resolved(unknownSettingType, 'none');
  for (const key of [e.urn, e.ukprn]) {
    if (!key) continue;
    const fromRegister = findSettingType(lookups.register.get(key) ?? '');
    if (fromRegister) return resolved(withUnitFlags(fromRegister.code, e), 'register');
    const fromLookup = findSettingType(lookups.lookup.get(key) ?? '');
    if (fromLookup) return resolved(withUnitFlags(fromLookup.code, e), 'lookup');
  }
  const key = e.urn ?? e.ukprn;
  if (key) return resolved(unknownSettingType, 'unresolved', key);
  const fromCode = e.senSetting ? senSettingTypes[e.senSetting] : undefined;
  if (fromCode) return resolved(fromCode, 'senSetting');
  return resolved(unknownSettingType, 'none');
}
