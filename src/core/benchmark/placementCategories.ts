// The seven placement categories of the DfE's High Needs benchmarking tool (and the DSG management plan),
// and how each release's establishment types fall into them. Configuration, not code: when the DfE adds
// a type, add it here; an unknown type is an import error rather than a silent drop.
//
// Our decisions where sources differ (DOMAIN-NOTES 4.9): specialist post-16 institutions count as Post 16
// (as the benchmarking tool's own 2021-22 table does; FBIT puts them in Other), and no subtotal is ever
// added to a category (FBIT adds "Mainstream school - Total" into Resourced provision, which double counts).
// Apprenticeships, traineeships, supported internships and work-based learning (2010-2014 only) are Other.

/** The seven placement categories, in the benchmarking tool's order. */
export const placementCategories = [
  'mainstream',
  'resourcedProvision',
  'specialMaintained',
  'independent',
  'hospitalAp',
  'post16',
  'other',
] as const;
/** One of the seven placement categories. */
export type PlacementCategory = (typeof placementCategories)[number];

/** The benchmarking tool's column headings. */
export const placementCategoryLabels: Record<PlacementCategory, string> = {
  mainstream: 'Mainstream schools or academies',
  resourcedProvision: 'Resourced provision or SEN units',
  specialMaintained: 'Maintained special schools or special academies',
  independent: 'NMSS or independent schools',
  hospitalAp: 'Hospital schools or alternative provision',
  post16: 'Post 16',
  other: 'Other',
};

const longFormatTypes: Record<PlacementCategory, string[]> = {
  mainstream: ['Mainstream - LA maintained', 'Mainstream - Academy', 'Mainstream - Free school'],
  resourcedProvision: [
    'Mainstream - LA maintained - SEN unit',
    'Mainstream - LA maintained - Resourced provision',
    'Mainstream - Academy - SEN unit',
    'Mainstream - Academy - Resourced provision',
    'Mainstream - Free school - SEN unit',
    'Mainstream - Free school - Resourced provision',
  ],
  specialMaintained: [
    'Special - LA maintained',
    'Special - Academy/free',
    'Special - Academy',
    'Special - Free school',
  ],
  independent: ['Mainstream - Independent', 'Special - Independent', 'Special - Non-maintained'],
  hospitalAp: ['AP/PRU - LA maintained', 'AP/PRU - Academy', 'AP/PRU - Free school', 'Hospital School'],
  post16: [
    'General FE and tertiary colleges/HE',
    'Other FE',
    'Sixth form college',
    'Specialist post-16 institutions',
    'Independent specialist providers',
  ],
  other: [
    'NEET',
    'Other',
    'Non-maintained early years',
    'Elective home education',
    'Other arrangements by local authority',
    'Other arrangements by parents',
    'Permanently excluded',
    'Awaiting provision - total',
    'Awaiting provision - above compulsory school age and in education',
    'Awaiting provision - above compulsory school age and not in education',
    'Awaiting provision - below compulsory school age and in education',
    'Awaiting provision - below compulsory school age and not in education',
    'Awaiting provision - compulsory school age and in education',
    'Awaiting provision - compulsory school age and not in education',
    'Apprenticeship',
    'Supported Internship',
    'Traineeship',
    'Work-based learning',
  ],
};

const byLongFormatType = new Map<string, PlacementCategory>();
for (const category of placementCategories) {
  for (const type of longFormatTypes[category]) byLongFormatType.set(type.toLowerCase(), category);
}

/** The category of a 2022-release `establishment_type` (case as published varies), or undefined. */
export function placementCategoryOfType(establishmentType: string): PlacementCategory | undefined {
  return byLongFormatType.get(establishmentType.trim().toLowerCase());
}

/**
 * The 2025 release's `caseload.csv` leaf columns by category. Its subtotal columns (`*_total`,
 * `ed_elsewhere`) are not used: `ed_elsewhere` includes `other_placement_settings` from 2023/24 only.
 */
export const wideFormatColumns: Record<PlacementCategory, string[]> = {
  mainstream: ['mainstream_la_maintained', 'mainstream_academy', 'mainstream_free_school'],
  resourcedProvision: [
    'mainstream_la_maintained_resourced_provision',
    'mainstream_la_maintained_senunit',
    'mainstream_academy_resourced_provision',
    'mainstream_academy_senunit',
    'mainstream_free_school_resourced_provision',
    'mainstream_free_school_senunit',
  ],
  specialMaintained: ['special_la_maintained', 'special_academy_free'],
  independent: ['mainstream_independent', 'special_independent', 'special_non_maintained'],
  hospitalAp: ['ap_pru_academy', 'ap_pru_free_school', 'ap_pru_la_maintained'],
  post16: ['general_fe_tertiary_colleges', 'specialist_post_16_institutions', 'ukrlp_provider'],
  other: [
    'elective_home_education',
    'other_arrangements_la',
    'other_arrangements_parents',
    'online_provider',
    'w_settings',
    'other_schools',
    'other_placement_settings',
    'neet',
    'neet_ntci',
    'neet_other',
    'neet_other_csa',
    'nm_early_years',
    'placement_unknown',
    'await_prov_2022',
    'perm_ex_2022',
  ],
};
