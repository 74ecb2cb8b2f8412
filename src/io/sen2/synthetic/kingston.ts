import { xoroshiro128plus } from 'pure-rand';
import { rngFromGenerator } from '../../../core/forecast/rng';
import { writeUrnLookup } from '../readUrnLookup';
import type { BladeDraft } from '../writeBlade';
import { establishmentCatalogue } from './establishments';
import { exportSyntheticReturn } from './exportReturn';
import { simulateCaseload, type CaseloadTargets } from './simulate';

// The demo's SYNTHETIC SEN2 returns for Kingston upon Thames (LA 314), January 2019 to January 2025:
// made-up children whose January totals are Kingston's published EHCP counts and whose primary needs
// are drawn in Kingston's published proportions. No real child is in them. Source of the targets: DfE,
// "Education, health and care plans", June 2025 release (../shared/data/dfe/ehcp-statistics-2025.zip):
// data/caseload.csv (LA 314, "All EHC plans", time periods 201819 to 202425) and
// data/sen_needs_all_plans.csv (LA 314, 202425). A test reads those files, when present, and checks.

/** Kingston's EHCPs at each January census (caseload.csv, ehcplans). */
export const kingstonJanuaryEhcps: ReadonlyMap<number, number> = new Map([
  [2019, 1161],
  [2020, 1314],
  [2021, 1424],
  [2022, 1550],
  [2023, 1630],
  [2024, 1782],
  [2025, 1958],
]);

/**
 * Kingston's plans (statements and EHCPs) in January 2018, the year before: DfE, "Special educational
 * needs", 2022 release (../shared/data/dfe/ehcp-statistics-2022.zip), data/sen2_estab_caseload.csv,
 * LA 314, Total/Total, Total_all. The 2019 return also holds that January.
 */
export const kingstonJanuary2018 = 1016;

/** Kingston's primary needs in January 2025 (sen_needs_all_plans.csv, number_*; 1,958 plans). */
export const kingstonNeeds2025: ReadonlyArray<readonly [string, number]> = [
  ['ASD', 886],
  ['SLCN', 403],
  ['SEMH', 211],
  ['MLD', 133],
  ['SPLD', 94],
  ['PD', 68],
  ['OTH', 50],
  ['SLD', 32],
  ['HI', 28],
  ['PMLD', 27],
  ['VI', 17],
  ['MSI', 9],
];

/** Kingston's caseload by age in January 2025 (caseload.csv, "Child or young persons age" breakdown). */
const kingstonAges2025: ReadonlyArray<readonly [number, number]> = [
  [2, 1],
  [3, 9],
  [4, 48],
  [5, 73],
  [6, 91],
  [7, 107],
  [8, 130],
  [9, 136],
  [10, 149],
  [11, 154],
  [12, 145],
  [13, 151],
  [14, 131],
  [15, 136],
  [16, 149],
  [17, 117],
  [18, 73],
  [19, 63],
  [20, 39],
  [21, 18],
  [22, 19],
  [23, 12],
  [24, 7],
];

/** Ages (on 31 August) of children whose plans start: mostly before and early in school (made up). */
const joinerAges: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [2, 6],
  [3, 14],
  [4, 16],
  [5, 11],
  [6, 8],
  [7, 7],
  [8, 6],
  [9, 5],
  [10, 5],
  [11, 6],
  [12, 4],
  [13, 3],
  [14, 3],
  [15, 3],
  [16, 3],
  [17, 2],
  [18, 1],
  [19, 1],
];

/** The seed the demo's returns are made with. */
export const kingstonSen2Seed = 314_2025;

/** The targets a synthetic council of another size would have (the bench's London borough, a county). */
export function scaledTargets(januaryTotals: ReadonlyMap<number, number>): CaseloadTargets {
  return {
    januaryTotals,
    needWeights: kingstonNeeds2025,
    caseloadAgeWeights: kingstonAges2025.map(([age, n]) => [age - 1, n] as const),
    joinerAgeWeights: joinerAges,
  };
}

/** Synthetic returns of a council: the drafts by year and the URN lookup rows their made-up URNs need. */
export interface SyntheticReturns {
  readonly returns: ReadonlyMap<number, BladeDraft>;
  readonly lookup: ReadonlyArray<{ key: string; settingType: string }>;
}

/**
 * Synthetic returns for every year of `targets` but the first (whose January the second return holds),
 * for LA `la`; `register` gives the URNs of the council's placement register by setting type.
 */
export function syntheticReturns(
  seed: number,
  la: string,
  targets: CaseloadTargets,
  register: ReadonlyMap<string, readonly string[]>,
  years: readonly number[] = [...targets.januaryTotals.keys()],
): SyntheticReturns {
  const catalogue = establishmentCatalogue(register);
  const children = simulateCaseload(rngFromGenerator(xoroshiro128plus(seed)), targets, catalogue);
  return {
    returns: new Map(years.map((year) => [year, exportSyntheticReturn(children, year, la)])),
    lookup: catalogue.lookup,
  };
}

/**
 * Kingston's synthetic returns 2019 to 2025. The simulation starts at January 2018 (Kingston's published
 * 1,016) so that the 2019 return, which also holds January 2018, has it.
 */
export function kingstonSyntheticReturns(register: ReadonlyMap<string, readonly string[]>): SyntheticReturns {
  const totals = new Map([[2018, kingstonJanuary2018], ...kingstonJanuaryEhcps]);
  return syntheticReturns(kingstonSen2Seed, '314', scaledTargets(totals), register, [
    ...kingstonJanuaryEhcps.keys(),
  ]);
}

/** The URN lookup file for the made-up establishments of synthetic returns. */
export function syntheticLookupCsv(lookup: SyntheticReturns['lookup']): string {
  return writeUrnLookup(
    lookup.map((l) => ({
      key: l.key,
      keyKind: l.key.length === 8 ? 'ukprn' : 'urn',
      settingType: l.settingType,
      name: 'Synthetic establishment (demo)',
    })),
  );
}
