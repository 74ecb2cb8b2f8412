// How forecast groups and keys are written on the Forecasts pages.
import type { Summary } from './forecastsApi.ts';
import { formatPounds } from '../ui/format.ts';

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

/** A key as people say it: age groups in words, the rest as the data has them. */
export const keyLabel = (group: string, key: string) =>
  group === 'byAgeGroup' ? (ageGroupLabels[key] ?? key) : group === 'byNcy' ? `NCY ${key}` : key;

/** Whether a group counts pence. */
export const isCost = (group: string) => /^cost/i.test(group);

/** A statistic of a group: pounds for costs, one decimal for a mean of EHCPs, whole numbers otherwise. */
export function formatStatistic(group: string, stat: keyof Summary, value: number): string {
  if (isCost(group)) return formatPounds(Math.round(value));
  return stat === 'mean' || stat === 'sd' ? value.toFixed(1) : value.toFixed(0);
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
export const financialYearOfCensus = (year: number) => `${year - 1}-${String(year % 100).padStart(2, '0')}`;
