import type { PlacementCategory } from '../benchmark/placementCategories';

// Where a placement is, as SEN2 types establishments, and what follows from it: the DfE's seven
// placement categories (same mapping as src/core/benchmark/placementCategories, our decisions there hold
// here: specialist post-16 institutions are Post 16), whether the spend counts in the independent,
// non-maintained special and independent college sector (Kingston's KPI 38), and whether the school's
// notional SEN budget pays the first £6,000 (mainstream places, not resourced provision or units, whose
// place funding does that). Codes are the column names of the DfE's 2025 caseload release, plus
// `hospital_school` and `sixth_form_college`, which the 2022 long format names and registers still use.
// Configuration, not code: when SEN2 adds a type, add a row.

/** One establishment type a placement can have. */
export interface SettingType {
  readonly code: string;
  readonly label: string;
  readonly category: PlacementCategory;
  readonly independentSector: boolean;
  readonly mainstream: boolean;
}

const t = (
  code: string,
  label: string,
  category: PlacementCategory,
  flags: { independent?: boolean; mainstream?: boolean } = {},
): SettingType => ({
  code,
  label,
  category,
  independentSector: flags.independent ?? false,
  mainstream: flags.mainstream ?? false,
});

/** Every setting type a register may use. */
export const settingTypes: readonly SettingType[] = [
  t('mainstream_la_maintained', 'Mainstream school - LA maintained', 'mainstream', { mainstream: true }),
  t('mainstream_academy', 'Mainstream school - academy', 'mainstream', { mainstream: true }),
  t('mainstream_free_school', 'Mainstream school - free school', 'mainstream', { mainstream: true }),
  t(
    'mainstream_la_maintained_resourced_provision',
    'LA maintained school - resourced provision',
    'resourcedProvision',
  ),
  t('mainstream_la_maintained_senunit', 'LA maintained school - SEN unit', 'resourcedProvision'),
  t('mainstream_academy_resourced_provision', 'Academy - resourced provision', 'resourcedProvision'),
  t('mainstream_academy_senunit', 'Academy - SEN unit', 'resourcedProvision'),
  t('mainstream_free_school_resourced_provision', 'Free school - resourced provision', 'resourcedProvision'),
  t('mainstream_free_school_senunit', 'Free school - SEN unit', 'resourcedProvision'),
  t('special_la_maintained', 'Special school - LA maintained', 'specialMaintained'),
  t('special_academy_free', 'Special school - academy or free school', 'specialMaintained'),
  t('mainstream_independent', 'Independent mainstream school', 'independent', { independent: true }),
  t('special_independent', 'Independent special school', 'independent', { independent: true }),
  t('special_non_maintained', 'Non-maintained special school', 'independent', { independent: true }),
  t('ap_pru_la_maintained', 'Alternative provision or PRU - LA maintained', 'hospitalAp'),
  t('ap_pru_academy', 'Alternative provision or PRU - academy', 'hospitalAp'),
  t('ap_pru_free_school', 'Alternative provision or PRU - free school', 'hospitalAp'),
  t('hospital_school', 'Hospital school', 'hospitalAp'),
  t('general_fe_tertiary_colleges', 'General FE or tertiary college, or HE', 'post16'),
  t('sixth_form_college', 'Sixth form college', 'post16'),
  t(
    'specialist_post_16_institutions',
    'Independent specialist provider (specialist post-16 institution)',
    'post16',
    { independent: true },
  ),
  t('ukrlp_provider', 'Other post-16 training provider (UKRLP)', 'post16'),
  t('elective_home_education', 'Elective home education', 'other'),
  t('other_arrangements_la', 'Other arrangements made by the local authority', 'other'),
  t('other_arrangements_parents', 'Other arrangements made by parents', 'other'),
  t('online_provider', 'Online provider', 'other'),
  t('nm_early_years', 'Non-maintained early years setting', 'other'),
  t('neet', 'Not in education, employment or training', 'other'),
  // The SEN2 return's NIEC and NIEO settings (not in education or training), and a child whose placement
  // is not known: the DfE's caseload columns neet_ntci, neet_other and placement_unknown.
  t('neet_ntci', 'Not in education or training - notice to cease issued', 'other'),
  t('neet_other', 'Not in education or training - other', 'other'),
  t('other_placement_settings', 'Other placement setting', 'other'),
  t('placement_unknown', 'Placement not known', 'other'),
];

const byCode = new Map(settingTypes.map((s) => [s.code, s]));
const byLabel = new Map(settingTypes.map((s) => [s.label.toLowerCase(), s]));

/** The setting type written as its code or its label (any case), or undefined. */
export function findSettingType(text: string): SettingType | undefined {
  const key = text.trim().toLowerCase();
  return byCode.get(key) ?? byLabel.get(key);
}

/** The setting type of a code; throws for a code that is not in the list (readers check first). */
export function settingTypeOf(code: string): SettingType {
  const found = byCode.get(code);
  if (!found) throw new Error(`'${code}' is not a setting type`);
  return found;
}
