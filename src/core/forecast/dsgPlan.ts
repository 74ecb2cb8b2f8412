import { ageBandLabels, ageBands, type AgeBand } from '../benchmark/ageBands';
import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';
import { largestRemainder } from '../money/largestRemainder';
import type { Forecast } from './forecast';
import { pairKey, UNMAPPED } from './outputLayout';

// The children and young people tables of the DfE's DSG management plan (DOMAIN-NOTES §4.1): one block
// per placement category, each with EHCPs by age group and by primary need, for every projected January
// census. The template wants whole numbers, so the mean projections are rounded by largest remainder
// top-down: the total of all EHCPs first, then the categories to it, then each category's rows to the
// category's whole number. Every table therefore adds up, and to the same total.

/** The template's sheet codes (witan.send.adroddiad dsg_plan.clj). */
export const dsgPlanCodes: Record<PlacementCategory | typeof UNMAPPED, string> = {
  mainstream: 'MmSoA',
  resourcedProvision: 'RPSEN',
  specialMaintained: 'MdSSA',
  independent: 'NMISS',
  hospitalAp: 'HspAP',
  post16: 'P16FE',
  other: 'OTHER',
  unmapped: 'UNMAPPED',
};

/** The template's block titles. */
export const dsgPlanTitles: Record<PlacementCategory | typeof UNMAPPED, string> = {
  mainstream: 'Mainstream schools or academies placements',
  resourcedProvision: 'Resourced provision or SEN units placements',
  specialMaintained: 'Maintained special schools or special academies placements',
  independent: 'Non-maintained special schools or independent (NMSS or independent) placements',
  hospitalAp: 'Hospital schools or alternative provision (AP) placements',
  post16: 'Post 16 and further education (FE) placements',
  other: 'Other placements or direct payments',
  unmapped: 'Settings with no placement category (not a template block: map them)',
};

/** One row of a table: whole numbers per year. */
export interface DsgPlanRow {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
}

/** One placement category's block. */
export interface DsgPlanBlock {
  readonly category: PlacementCategory | typeof UNMAPPED;
  readonly code: string;
  readonly title: string;
  readonly byAgeGroup: readonly DsgPlanRow[];
  readonly byNeed: readonly DsgPlanRow[];
  /** The block's total per year (both tables add up to it). */
  readonly total: readonly number[];
}

/** The tables for every projected year. */
export interface DsgPlanTables {
  readonly years: readonly number[];
  readonly blocks: readonly DsgPlanBlock[];
  /** All EHCPs per year (the blocks add up to it). */
  readonly total: readonly number[];
  readonly notes: readonly string[];
}

/** Post-16 and FE has only these age rows in the template; younger pupils there are counted in 16 to 19. */
const POST16_BANDS: readonly AgeBand[] = ['16to19', '20to25'];

/** Rounds `amounts` to whole numbers adding up to `whole` (they are scaled to it first). */
function roundTo(amounts: readonly number[], whole: number): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  if (whole === 0 || sum <= 0) return amounts.map(() => 0);
  return largestRemainder(
    amounts.map((amount) => (amount * whole) / sum),
    whole,
  );
}

/** The DSG management plan tables of a forecast's projected years (the seed year is left out: it is history). */
export function dsgPlanTables(
  forecast: Forecast,
  needLabels: Readonly<Record<string, string>> = {},
): DsgPlanTables {
  const projected = forecast.years.slice(1);
  const first = projected[0];
  if (!first) throw new RangeError('the forecast has no projected year');
  const categoryKeys = Object.keys(first.groups.byPlacementCategory) as Array<
    PlacementCategory | typeof UNMAPPED
  >;
  const needs = [
    ...new Set(Object.keys(first.groups.byCategoryAndNeed).map((key) => key.split('|')[1] as string)),
  ];
  const notes: string[] = [
    'Means of the simulated EHCP numbers, rounded to whole numbers by largest remainder so that every table adds up to its total.',
  ];
  const total: number[] = [];
  const perYear = projected.map((year) => {
    const grand = Math.round(year.groups.total.total?.mean ?? 0);
    total.push(grand);
    const categories = roundTo(
      categoryKeys.map((c) => year.groups.byPlacementCategory[c]?.mean ?? 0),
      grand,
    );
    return categoryKeys.map((category, c) => {
      const whole = categories[c] as number;
      const ageMean = (band: AgeBand) =>
        year.groups.byCategoryAndAgeGroup[pairKey(category, band)]?.mean ?? 0;
      let ages: number[];
      if (category === 'post16') {
        const younger = ageMean('under5') + ageMean('5to10') + ageMean('11to15');
        if (younger >= 0.5)
          notes.push(
            `${year.year}: ${younger.toFixed(1)} post-16 placements of pupils under 16 are counted in Age 16 to 19 (the template has no younger rows).`,
          );
        ages = roundTo([ageMean('16to19') + younger, ageMean('20to25')], whole);
      } else ages = roundTo(ageBands.map(ageMean), whole);
      const byNeed = roundTo(
        needs.map((need) => year.groups.byCategoryAndNeed[pairKey(category, need)]?.mean ?? 0),
        whole,
      );
      return { whole, ages, byNeed };
    });
  });
  if (categoryKeys.includes(UNMAPPED))
    notes.push(
      'Some settings have no placement category: their EHCPs are in a separate block, which the DfE template does not have. Map them.',
    );
  const blocks = categoryKeys.map((category, c): DsgPlanBlock => {
    const bands = category === 'post16' ? POST16_BANDS : ageBands;
    return {
      category,
      code: dsgPlanCodes[category],
      title: dsgPlanTitles[category],
      byAgeGroup: bands.map((band, b) => ({
        key: band,
        label: band === 'under5' ? ageBandLabels[band] : `Age ${ageBandLabels[band]}`,
        values: perYear.map((year) => year[c]?.ages[b] as number),
      })),
      byNeed: needs.map((need, n) => ({
        key: need,
        label: needLabels[need] ?? need,
        values: perYear.map((year) => year[c]?.byNeed[n] as number),
      })),
      total: perYear.map((year) => year[c]?.whole as number),
    };
  });
  return { years: projected.map((y) => y.year), blocks, total, notes };
}

/** Whether a category is one of the DfE's seven (not the `unmapped` block). */
export const isPlacementCategory = (key: string): key is PlacementCategory =>
  (placementCategories as readonly string[]).includes(key);
