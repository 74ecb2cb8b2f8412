import type { PlacementCategory } from '../benchmark/placementCategories';
import { betaVariate } from './beta';
import { binomialVariate } from './binomial';
import type { Rng } from './rng';
import {
  NONSEND,
  type BackgroundPopulation,
  type PlacementCost,
  type Transition,
  type ValidSetting,
  type WitanInputs,
} from './witanInputs';

// A made-up council, generated from a seed, for tests and benchmarks that must not depend on ../shared:
// five settings whose NCY ranges end at different ages (so pupils age out of them), DfE need codes,
// five years of transitions, and some pupils left in a setting past its range as real data has them.

const NEEDS = ['ASD', 'MLD', 'SEMH', 'SLCN'] as const;
const SETTINGS: ReadonlyArray<{
  setting: string;
  group: string;
  min: number;
  max: number;
  share: number;
  cost: number;
}> = [
  { setting: 'MSS', group: 'Mainstream', min: -3, max: 14, share: 0.5, cost: 8_000_00 },
  { setting: 'RP', group: 'Resourced provision', min: 0, max: 11, share: 0.1, cost: 14_000_00 },
  { setting: 'MSP', group: 'Maintained special', min: 0, max: 15, share: 0.25, cost: 24_000_00 },
  { setting: 'ISP', group: 'Independent special', min: 3, max: 19, share: 0.1, cost: 55_000_00 },
  { setting: 'FE', group: 'Post-16', min: 12, max: 19, share: 0.05, cost: 9_000_00 },
];
// The DfE placement category of each synthetic setting (a real council supplies this mapping as a file).
const SETTING_CATEGORIES: Readonly<Record<string, PlacementCategory>> = {
  MSS: 'mainstream',
  RP: 'resourcedProvision',
  MSP: 'specialMaintained',
  ISP: 'independent',
  FE: 'post16',
};
const FIRST_YEAR = 2015;
const TRANSITION_YEARS = 5;
const LAST_POPULATION_YEAR = 2025;
// Background population per NCY at scale 1: about the witan.send demo's, giving about 2,000 EHCPs.
const COHORT = 6000;

const open = (ncy: number) => SETTINGS.filter((s) => s.min <= ncy && ncy <= s.max);

function pick<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  let target = rng.uniform() * items.reduce((sum, item) => sum + weight(item), 0);
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A synthetic council's witan.send inputs; `scale` multiplies its population (1 gives about 2,000 EHCPs). */
export function syntheticCouncil(rng: Rng, scale = 1): WitanInputs {
  const population: BackgroundPopulation[] = [];
  for (let year = FIRST_YEAR; year <= LAST_POPULATION_YEAR; year += 1) {
    for (let ncy = -5; ncy <= 25; ncy += 1) {
      const base = ncy <= 13 ? COHORT : COHORT - 400 * (ncy - 13);
      population.push({
        calendarYear: year,
        ncy,
        population: Math.round(Math.max(base, 700) * scale * 1.01 ** (year - FIRST_YEAR)),
      });
    }
  }
  const transitions: Transition[] = [];
  type Pupil = { ncy: number; need: string; setting: string };
  let pupils: Pupil[] = [];
  for (let ncy = -3; ncy <= 19; ncy += 1) {
    const count = binomialVariate(
      rng,
      Math.round(COHORT * scale),
      ncy < 1 ? 0.002 : ncy < 14 ? 0.008 : 0.004,
    );
    for (let i = 0; i < count; i += 1)
      pupils.push({
        ncy,
        need: pick(rng, NEEDS, () => 1),
        setting: pick(rng, open(ncy), (s) => s.share).setting,
      });
  }
  for (let year = FIRST_YEAR; year < FIRST_YEAR + TRANSITION_YEARS; year += 1) {
    const joinRate = betaVariate(rng, 30, 10_000);
    const stayed: Pupil[] = [];
    for (const pupil of pupils) {
      const ncy2 = pupil.ncy + 1;
      const leaveRate = ncy2 > 19 ? 1 : pupil.ncy === 11 || pupil.ncy === 13 ? 0.25 : 0.06;
      const options = open(ncy2);
      const ageingOut = !options.some((s) => s.setting === pupil.setting);
      if (rng.uniform() < leaveRate || options.length === 0) {
        transitions.push({
          calendarYear: year,
          ncy1: pupil.ncy,
          need1: pupil.need,
          setting1: pupil.setting,
          ncy2,
          need2: NONSEND,
          setting2: NONSEND,
        });
        continue;
      }
      // Most pupils ageing out of a setting move, but some are recorded as staying: data is like that.
      const moves = ageingOut ? rng.uniform() < 0.85 : rng.uniform() < 0.07;
      const setting = moves
        ? pick(rng, options, (s) => (s.setting === pupil.setting ? 0 : s.share)).setting
        : pupil.setting;
      const next = { ncy: ncy2, need: pupil.need, setting };
      transitions.push({
        calendarYear: year,
        ncy1: pupil.ncy,
        need1: pupil.need,
        setting1: pupil.setting,
        ncy2,
        need2: next.need,
        setting2: next.setting,
      });
      stayed.push(next);
    }
    for (let ncy = -3; ncy <= 19; ncy += 1) {
      const joiners = binomialVariate(
        rng,
        Math.round(COHORT * scale),
        ncy < 2 ? joinRate * 1.5 : ncy > 15 ? joinRate * 0.1 : joinRate,
      );
      for (let i = 0; i < joiners; i += 1) {
        const pupil = {
          ncy,
          need: pick(rng, NEEDS, () => 1),
          setting: pick(rng, open(ncy), (s) => s.share).setting,
        };
        transitions.push({
          calendarYear: year,
          ncy1: ncy - 1,
          need1: NONSEND,
          setting1: NONSEND,
          ncy2: ncy,
          need2: pupil.need,
          setting2: pupil.setting,
        });
        stayed.push(pupil);
      }
    }
    pupils = stayed;
  }
  const validSettings: ValidSetting[] = SETTINGS.map((s) => ({
    setting: s.setting,
    settingGroup: s.group,
    minNcy: s.min,
    maxNcy: s.max,
    needs: NEEDS,
    destinations: SETTINGS.map((d) => d.setting),
  }));
  // One (need, setting) without a cost, as witan.send allows: it counts as £0.
  const costs: PlacementCost[] = SETTINGS.flatMap((s) =>
    NEEDS.filter((need) => !(need === 'MLD' && s.setting === 'FE')).map((need) => ({
      need,
      setting: s.setting,
      costPence: s.cost,
    })),
  );
  return { transitions, population, costs, validSettings, settingCategories: { ...SETTING_CATEGORIES } };
}
