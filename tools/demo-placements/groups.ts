import type { CostBasis, Phase } from '../../src/core/placements';

// The groups of placements the demo registers are made of. The eight Kingston groups are the council
// categories of KPIs 27-34 (their averages are set exactly); the fillers are the placements in no
// Kingston category (mainstream, resourced provision, post-16 training, tuition and therapy packages),
// whose totals bring the phase averages (KPIs 25 and 26) to the published figures.

/** One group: what its placements look like, and how many continue, cease and start between the registers. */
export interface GroupSpec {
  readonly key: string;
  readonly phase: Phase;
  /** Age on 31 August 2020, from and to. */
  readonly ages: readonly [number, number];
  /** Setting types, drawn per row (repeat one to weight it). */
  readonly settingTypes: readonly string[];
  readonly inBorough: boolean | 'either';
  /** Place funding in pounds (the rest of the cost is top-up). */
  readonly placeFunding: number;
  readonly costBasis: CostBasis | 'either';
  readonly needs: readonly string[];
  /** Rows open on both dates. */
  readonly continuing: number;
  /** Rows open on 31 March 2021 that end in April or May 2021. */
  readonly ceased: number;
  /** Rows that start in April or May 2021. */
  readonly added: number;
  /** How far a row's annual cost may be from its group's mean. */
  readonly spread: number;
}

const special = ['special_la_maintained', 'special_la_maintained', 'special_academy_free'];
const independentSpecial = ['special_independent', 'special_independent', 'special_non_maintained'];

/** Kingston's categories (KPIs 27-34), in the order of councilCategories.ts. */
export const kingstonGroups: readonly GroupSpec[] = [
  {
    key: 'independent-under-16',
    phase: 'under16',
    ages: [7, 15],
    settingTypes: [...independentSpecial, 'mainstream_independent'],
    inBorough: false,
    placeFunding: 0,
    costBasis: 'either',
    needs: ['ASD', 'ASD', 'SEMH', 'SLD'],
    continuing: 5,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
  {
    key: 'special-in-borough',
    phase: 'under16',
    ages: [5, 15],
    settingTypes: special,
    inBorough: true,
    placeFunding: 10_000,
    costBasis: 'academic',
    needs: ['ASD', 'SLD', 'PMLD', 'MLD', 'SLCN'],
    continuing: 15,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
  {
    key: 'special-out-borough',
    phase: 'under16',
    ages: [5, 15],
    settingTypes: special,
    inBorough: false,
    placeFunding: 10_000,
    costBasis: 'academic',
    needs: ['ASD', 'SLD', 'PMLD', 'HI', 'VI'],
    continuing: 5,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
  {
    key: 'independent-over-16',
    phase: 'over16',
    ages: [16, 18],
    settingTypes: independentSpecial,
    inBorough: false,
    placeFunding: 0,
    costBasis: 'either',
    needs: ['ASD', 'SEMH', 'SLD'],
    continuing: 4,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
  {
    key: 'fe-college-over-16',
    phase: 'over16',
    ages: [16, 20],
    settingTypes: ['general_fe_tertiary_colleges', 'general_fe_tertiary_colleges', 'sixth_form_college'],
    inBorough: 'either',
    placeFunding: 0,
    costBasis: 'academic',
    needs: ['MLD', 'SPLD', 'ASD', 'SLCN'],
    continuing: 13,
    ceased: 1,
    added: 1,
    spread: 0.3,
  },
  {
    key: 'isp-over-16',
    phase: 'over16',
    ages: [18, 23],
    settingTypes: ['specialist_post_16_institutions'],
    inBorough: false,
    placeFunding: 0,
    costBasis: 'either',
    needs: ['SLD', 'PMLD', 'ASD'],
    continuing: 3,
    ceased: 1,
    added: 1,
    spread: 0.25,
  },
  {
    key: 'special-in-borough-over-16',
    phase: 'over16',
    ages: [16, 18],
    settingTypes: special,
    inBorough: true,
    placeFunding: 10_000,
    costBasis: 'academic',
    needs: ['SLD', 'PMLD', 'ASD'],
    continuing: 5,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
  {
    key: 'alternative-provision',
    phase: 'under16',
    ages: [11, 15],
    settingTypes: ['ap_pru_la_maintained', 'ap_pru_academy'],
    inBorough: true,
    placeFunding: 10_000,
    costBasis: 'academic',
    needs: ['SEMH'],
    continuing: 4,
    ceased: 1,
    added: 1,
    spread: 0.2,
  },
];

/** Placements in no Kingston category, by phase. `dual` of them are a second placement of a child already on the register. */
export interface FillerSpec extends GroupSpec {
  /** Continuing rows that are a tuition or therapy package of a child with another placement. */
  readonly dualContinuing: number;
  readonly dualAdded: number;
}

export const fillerGroups: readonly FillerSpec[] = [
  {
    key: 'filler-under-16',
    phase: 'under16',
    ages: [4, 15],
    settingTypes: [
      'mainstream_la_maintained',
      'mainstream_la_maintained',
      'mainstream_academy',
      'mainstream_academy',
      'mainstream_free_school',
      'mainstream_academy_resourced_provision',
      'mainstream_la_maintained_senunit',
    ],
    inBorough: 'either',
    placeFunding: 0,
    costBasis: 'academic',
    needs: ['SLCN', 'ASD', 'SPLD', 'SEMH', 'MLD', 'HI', 'VI', 'PD'],
    continuing: 31,
    ceased: 2,
    added: 10,
    spread: 0.35,
    dualContinuing: 10,
    dualAdded: 3,
  },
  {
    key: 'filler-over-16',
    phase: 'over16',
    ages: [16, 20],
    settingTypes: ['mainstream_academy', 'ukrlp_provider'],
    inBorough: 'either',
    placeFunding: 0,
    costBasis: 'academic',
    needs: ['MLD', 'SPLD', 'ASD', 'SEMH'],
    continuing: 15,
    ceased: 2,
    added: 2,
    spread: 0.35,
    dualContinuing: 5,
    dualAdded: 0,
  },
];

/** How a row at a setting type is named: the provider's kind. */
export const providerKinds: Record<string, string> = {
  special_independent: 'Independent Special School',
  special_non_maintained: 'Non-Maintained Special School',
  mainstream_independent: 'Independent School',
  special_la_maintained: 'Special School',
  special_academy_free: 'Special Academy',
  ap_pru_la_maintained: 'Pupil Referral Unit',
  ap_pru_academy: 'Alternative Provision Academy',
  general_fe_tertiary_colleges: 'FE College',
  sixth_form_college: 'Sixth Form College',
  specialist_post_16_institutions: 'Specialist Post-16 Provider',
  mainstream_la_maintained: 'Primary School',
  mainstream_academy: 'Academy',
  mainstream_free_school: 'Free School',
  mainstream_academy_resourced_provision: 'Academy Resource Base',
  mainstream_la_maintained_senunit: 'School SEN Unit',
  ukrlp_provider: 'Training Provider',
  other_arrangements_la: 'Tuition and Therapy Service',
};

/** Setting types whose providers have a UKPRN (8 digits) rather than a URN. */
export const ukprnTypes = new Set([
  'general_fe_tertiary_colleges',
  'sixth_form_college',
  'specialist_post_16_institutions',
  'ukrlp_provider',
]);
