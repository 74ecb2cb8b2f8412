import { financialYearStartingIn } from '../periods';
import type { AgeBand } from './ageBands';
import type { PlacementCategory } from './placementCategories';

// The published series the product stores, one id per thing the DfE counts. A stored value is keyed by
// release, series, area (an LA number, a region E12 code, or England E92000001) and period. Periods are
// text: a January census year '2019', a calendar year '2018', an ONS mid-year '2021', a financial year
// '2020-21'. Money is integer pence.

/** The S251 high-needs groups of the benchmarking tool's per-head table (DOMAIN-NOTES 4.3, 4.7). */
export const s251Groups = [
  'placeFunding',
  'topUpMaintained',
  'topUpIndependent',
  'senSupport',
  'apServices',
  'hospitalEducation',
  'therapies',
] as const;
/** One of the S251 high-needs groups. */
export type S251Group = (typeof s251Groups)[number];

/** How each S251 group is written in the tool. */
export const s251GroupLabels: Record<S251Group, string> = {
  placeFunding: 'Place funding',
  topUpMaintained: 'Top-up funding: maintained schools, academies, free schools and colleges',
  topUpIndependent: 'Top-up funding: non-maintained and independent schools and colleges',
  senSupport: 'SEN support and inclusion services',
  apServices: 'Alternative provision services',
  hospitalEducation: 'Hospital education services',
  therapies: 'Therapies and other health related services',
};

/** Short forms for table rows. */
export const s251GroupShortLabels: Record<S251Group, string> = {
  placeFunding: 'place funding',
  topUpMaintained: 'top-ups, maintained and academies',
  topUpIndependent: 'top-ups, non-maintained and independent',
  senSupport: 'SEN support and inclusion',
  apServices: 'AP services',
  hospitalEducation: 'hospital education',
  therapies: 'therapies and health',
};

/** The DSG blocks of the allocations file. */
export const dsgBlocks = ['schools', 'centralSchoolServices', 'highNeeds', 'earlyYears', 'total'] as const;
/** One DSG block (or the total). */
export type DsgBlock = (typeof dsgBlocks)[number];

/** Series ids. */
export const series = {
  /** Statements and EHC plans at the January census (statements ended in 2018). */
  caseload: 'ehcp.caseload',
  ageBand: (band: AgeBand) => `ehcp.age.${band}`,
  placement: (category: PlacementCategory) => `ehcp.placement.${category}`,
  /** New EHC plans made in the calendar year. */
  newPlans: 'ehcp.newPlans',
  /** Initial requests for an EHC needs assessment received in the calendar year. */
  requests: 'ehcp.requests',
  /** Plans issued in the calendar year, excluding exception cases (the DfE's headline timeliness). */
  issued: 'ehcp.issued',
  issuedWithin20Weeks: 'ehcp.issuedWithin20Weeks',
  tribunalAppeals: 'tribunal.appeals',
  appealableDecisions: 'tribunal.appealableDecisions',
  /** ONS mid-year population aged 2 to 18 inclusive. */
  population2to18: 'population.age2to18',
  s251Budget: (group: S251Group) => `s251.budget.${group}`,
  s251Outturn: (group: S251Group) => `s251.outturn.${group}`,
  /** DSG allocation before recoupment and deductions, by block (allocations file; dsg-by-year for total). */
  dsgAllocation: (block: DsgBlock) => `dsg.allocation.${block}`,
  /** DSG allocation after academy recoupment and high needs place deductions. */
  dsgAfterDeductions: (block: DsgBlock) => `dsg.afterDeductions.${block}`,
  /** Total DSG allocation as the dsg-by-year file gives it (the allocation in March of the year). */
  dsgTotalByYear: 'dsg.totalByYear',
  /** Cumulative DSG balance as % of DSG income; negative is a deficit. */
  dsgCumulativeBalancePct: 'dsg.cumulativeBalancePct',
} as const;

/**
 * The periods a benchmark year stands for. Year 2025 is the January 2025 census, the calendar year 2024
 * that ends as it is taken (the DfE's June 2025 release pairs them the same way), and the financial year
 * 2024-25 that contains it.
 */
export function periodsOfBenchmarkYear(year: number): {
  census: string;
  calendar: string;
  financial: string;
} {
  return { census: String(year), calendar: String(year - 1), financial: financialYearStartingIn(year - 1) };
}
