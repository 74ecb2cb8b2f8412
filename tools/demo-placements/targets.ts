// What the demo's two synthetic registers are built to reproduce: seed 003 (Kingston's Safety Valve Q1
// 2021-22 return), KPI table columns "Baseline 31st March 2021" and "2021/22 MAY", and the condition 3.5
// table "Actual Increase in contribution relative to 2020/21". Whole pounds, as published.

/** The figures one register must give, as at its date, costed for its financial year. */
export interface RegisterTargets {
  readonly asAt: string;
  readonly financialYear: string;
  /** KPI 25 (< 16) and KPI 26 (> 16): average placement cost by phase. */
  readonly phases: { readonly under16: number; readonly over16: number };
  /** KPIs 27-34 by Kingston category id (src/core/placements/councilCategories.ts). */
  readonly categories: Readonly<Record<string, number>>;
  /** KPI 37: average cost of an EHCP. */
  readonly averageCostOfEhcp: number;
  /** KPI 38: % of spend in the independent, non-maintained special and independent college sector. */
  readonly independentSharePct: number;
}

/** Seed 003 KPI table, column "Baseline 31st March 2021" (the 2020-21 register). */
export const baselineTargets: RegisterTargets = {
  asAt: '2021-03-31',
  financialYear: '2020-21',
  phases: { under16: 18_778, over16: 13_206 },
  categories: {
    'independent-under-16': 38_140,
    'special-in-borough': 29_683,
    'special-out-borough': 30_204,
    'independent-over-16': 32_658,
    'fe-college-over-16': 2_495,
    'isp-over-16': 39_088,
    'special-in-borough-over-16': 30_606,
    'alternative-provision': 17_695,
  },
  averageCostOfEhcp: 21_183,
  independentSharePct: 28.45,
};

/** Seed 003 KPI table, column "2021/22 MAY" (the register as at 31 May 2021). */
export const mayTargets: RegisterTargets = {
  asAt: '2021-05-31',
  financialYear: '2021-22',
  phases: { under16: 16_797, over16: 11_778 },
  categories: {
    'independent-under-16': 33_657,
    'special-in-borough': 28_547,
    'special-out-borough': 29_189,
    'independent-over-16': 33_837,
    'fe-college-over-16': 2_691,
    'isp-over-16': 29_172,
    'special-in-borough-over-16': 24_766,
    'alternative-provision': 16_768,
  },
  averageCostOfEhcp: 20_009,
  independentSharePct: 26.37,
};

/**
 * Seed 003 condition 3.5: each partner's contribution in 2021-22 (May projection) less 2020-21, pounds.
 * The seed gives only the changes (total -£160k); the 2020-21 levels below are made up.
 */
export const contributionChangeTargets = {
  socialCare: -111_000,
  adultSocialCare: -75_000,
  health: -43_000,
  adultHealth: 69_000,
} as const;

/** Made-up 2020-21 contribution levels (pounds) the changes apply to. */
export const contributionsIn2020to21 = {
  socialCare: 196_000,
  adultSocialCare: 118_000,
  health: 97_000,
  adultHealth: 22_000,
} as const;
