// How forecast groups and keys are written on the Forecasts pages.
import type { PlacementCategory } from '../../core/benchmark/placementCategories';
import { formatCount, formatNumber } from '../../core/money';
import { categoryNames } from '../../core/placements/categoryNames';
import { findSettingType } from '../../core/placements/settingTypes';
import { financialYearOf } from '../../core/periods/financialYear';
import { januaryCensusDate } from '../../core/periods/census';
import { formatPounds } from '../ui/format.ts';
import type { Summary } from './queries.ts';

const groupLabels: Record<string, string> = {
  total: 'Total EHCPs',
  byAgeGroup: 'By age group',
  byNeed: 'By primary need',
  bySetting: 'By setting',
  byPlacementCategory: 'By placement category',
  byNcy: 'By National Curriculum Year',
  costPence: 'Cost',
  costPenceBySetting: 'Cost by setting',
  joiners: 'Joiners',
  leavers: 'Leavers',
  movers: 'Movers',
  unrecordedExits: 'Unrecorded exits',
};

const ageGroupLabels: Record<string, string> = {
  under5: 'Under 5',
  '5to10': '5 to 10',
  '11to15': '11 to 15',
  '16to19': '16 to 19',
  '20to25': '20 to 25',
};

/** "By age group"; a group the engine adds later is written from its own name. */
export const groupLabel = (group: string) =>
  groupLabels[group] ??
  group
    .replace(/([A-Z])/g, ' $1')
    .replace(/^by /i, 'By ')
    .trim();

/** The heading of a breakdown's first column: "Age group", "Setting". */
export function columnLabel(group: string): string {
  const rest = groupLabel(group).replace(/^(Cost )?by /i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const settingGroups = new Set(['byPlacementCategory', 'bySetting', 'costPenceBySetting']);

/**
 * A key as people say it: age groups, placement categories and setting types in words (inputs made from
 * SEN2 returns forecast by category or setting type), the rest as the data has them (witan.send's codes).
 */
export function keyLabel(group: string, key: string): string {
  if (group === 'byAgeGroup') return ageGroupLabels[key] ?? key;
  if (group === 'byNcy') return `NCY ${key}`;
  if (!settingGroups.has(group)) return key;
  if (key in categoryNames) {
    const name = categoryNames[key as PlacementCategory];
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return (group !== 'byPlacementCategory' && findSettingType(key)?.label) || key;
}

/**
 * The keys of a breakdown in reading order: National Curriculum Years and age groups by age (NCY -4 to -1
 * before 0 to 21, not after), the rest as the engine lists them.
 */
export function orderedKeys(group: string, keys: readonly string[]): string[] {
  if (group === 'byNcy') return [...keys].sort((a, b) => Number(a) - Number(b));
  if (group === 'byAgeGroup') {
    const order = Object.keys(ageGroupLabels);
    return [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return [...keys];
}

/** Whether a group counts pence. */
export const isCost = (group: string) => /^cost/i.test(group);

/**
 * A statistic of a group: pounds for costs; plans are counted whole (a mean of 1551.6 simulated plans is
 * 1,552), except a standard deviation, which keeps one decimal.
 */
export function formatStatistic(group: string, stat: keyof Summary, value: number): string {
  if (isCost(group)) return formatPounds(value);
  return stat === 'sd' ? formatNumber(value, { decimals: 1 }) : formatCount(value);
}

/** The breakdown tables, in the order a finance officer reads them. */
export const tableGroups = [
  'byAgeGroup',
  'byNeed',
  'bySetting',
  'byPlacementCategory',
  'costPenceBySetting',
  'byNcy',
];

/** A January census's financial year: January 2023 is in 2022-23. */
export const financialYearOfCensus = (year: number) => financialYearOf(januaryCensusDate(year));
