// Data for chart tests: Kingston's published figures where there are some (seed 003), made-up figures of
// the same shape elsewhere, and long names (the DfE's placement categories, KPI names) that must wrap.
import type {
  AccuracyChartData,
  DeficitChartData,
  DeficitProfileData,
  EhcpKpi,
  FanChartData,
  GroupedBarsData,
  KpiTrendData,
  RankedBarsData,
  StackedBarsData,
  TrendChartData,
  WaterfallData,
} from '../charts';
import { count, millionsOfPounds, percent, pounds } from '../charts';

/**
 * Seed 003: the agreement's 2021-22 cumulative deficit after Safety Valve £11,607,000 against the May 2021
 * projection's £10,886,000, each from its balance brought forward less £12,000,000 received.
 */
export const kingstonDeficit: DeficitChartData = {
  series: [
    {
      role: 'Agreed profile',
      name: 'Safety Valve agreement, March 2021',
      points: [
        { year: '2020-21', value: 1_312_500_000, broughtForward: true },
        { year: '2021-22', value: 1_160_700_000 },
      ],
    },
    {
      role: 'Forecast',
      name: 'Latest forecast, May 2021',
      points: [
        { year: '2020-21', value: 1_240_100_000, broughtForward: true },
        { year: '2021-22', value: 1_088_600_000 },
      ],
    },
  ],
};

/** Seed 003 condition 2: maximum and agreed model £28,607,000 in 2021-22, the May projection £27,886,000. */
export const kingstonProfile: DeficitProfileData = {
  agreedVersion: 'Safety Valve agreement, March 2021',
  projectionVersion: 'Latest forecast, May 2021',
  points: [
    { year: '2021-22', maximum: 2_860_700_000, agreed: 2_860_700_000, projected: 2_788_600_000 },
    { year: '2022-23', maximum: null, agreed: null, projected: null },
  ],
};

/** Seed 003 KPIs 1 and 2 at May 2021 (baseline, period target, value, RAG). */
export const kingstonEhcpKpis: EhcpKpi[] = [
  {
    ref: '1',
    name: 'Actual EHCPs',
    unit: 'count',
    baseline: 1429,
    periodTarget: 1447,
    value: 1447,
    rag: 'G',
  },
  {
    ref: '3',
    name: 'New EHCPs issued in the year to date (excluding transfers in from other councils)',
    unit: 'count',
    baseline: 310,
    periodTarget: 52,
    value: 61,
    rag: 'A',
  },
  {
    ref: '2',
    name: '% increase in EHCPs',
    unit: 'percent',
    baseline: 6.72,
    periodTarget: 1.17,
    value: 1.26,
    rag: 'A',
  },
];

/** Made-up average costs by the DfE's placement categories, with their long names. */
export const placementCosts: GroupedBarsData = {
  title:
    'Average annual cost of a placement by DfE category: register as at 31 March 2022 against 31 March 2021',
  valueTitle: 'Average annual cost',
  unit: pounds,
  categories: [
    'Mainstream schools and academies (top-up funding)',
    'Resourced provision and SEN units in mainstream schools',
    'Maintained special schools and special academies',
    'Independent and non-maintained special schools',
    'Further education and sixth form colleges',
    'Alternative provision and pupil referral units',
  ],
  series: [
    { name: 'As at 31 March 2022', values: [812_300, 1_904_500, 2_645_000, 5_910_000, 1_120_000, null] },
    { name: 'As at 31 March 2021', values: [790_000, 1_850_000, 2_580_000, 5_720_000, 1_090_000, 2_100_000] },
  ],
};

/** Growth in EHCPs, with a fall, for three councils (made up); England and the region as references. */
export const rankedGrowth: RankedBarsData = {
  title: 'Growth in EHCPs, 2022: Kingston upon Thames against its statistical neighbours, highest first',
  measure: 'Growth in EHCPs',
  unit: percent(),
  bars: [
    { code: '319', name: 'Sutton', value: 12.1, highlight: false },
    { code: '314', name: 'Kingston upon Thames', value: 9.9, highlight: true },
    { code: '867', name: 'Bracknell Forest and a name long enough to wrap', value: 4.2, highlight: false },
    { code: '305', name: 'Bromley', value: -1.5, highlight: false },
  ],
  references: [
    { name: 'England', value: 10.8 },
    { name: 'Outer London', value: 10.2 },
  ],
};

/** Every council (150), Kingston 41st: too many to name. */
export const rankedEveryCouncil: RankedBarsData = {
  title: 'Growth in EHCPs, 2022: every council, highest first',
  measure: 'Growth in EHCPs',
  unit: percent(),
  bars: Array.from({ length: 150 }, (_, i) => ({
    code: String(200 + i),
    name: i === 40 ? 'Kingston upon Thames' : `Council ${i + 1}`,
    value: Math.round((20 - i * 0.15) * 10) / 10,
    highlight: i === 40,
  })),
  references: [{ name: 'England', value: 10.8 }],
};

const censusYears = Array.from({ length: 11 }, (_, i) => 2015 + i);

/** EHCPs per 1,000 over eleven censuses: the council and two comparators (made up). */
export const trendPerThousand: TrendChartData = {
  title:
    'EHCPs per 1,000 of the 2-18 population over the years: Kingston upon Thames against its comparators',
  measure: 'EHCPs per 1,000 of the 2-18 population',
  unit: count('per 1,000', 1),
  lines: [
    { name: 'England', highlight: false, points: censusYears.map((year, i) => ({ year, value: 20 + i })) },
    {
      name: 'Kingston upon Thames',
      highlight: true,
      points: censusYears.map((year, i) => ({ year, value: 22 + i * 1.3 })),
    },
    {
      name: 'Statistical neighbours (average of ten councils)',
      highlight: false,
      points: censusYears.map((year, i) => ({ year, value: 21 + i * 0.8 })),
    },
  ],
};

/** A simulation's EHCPs: known to 2021, then the median with 90%, 80% and 50% intervals (made up). */
export const simulatedEhcps: FanChartData = {
  measure: 'EHCPs',
  unit: count('EHCPs'),
  axis: 'January census',
  centre: 'Median',
  bands: ['90% interval (p5 to p95)', '80% interval (p10 to p90)', '50% interval (p25 to p75)'],
  history: [
    { year: '2019', value: 1200 },
    { year: '2020', value: 1300 },
    { year: '2021', value: 1400 },
  ],
  projection: [
    {
      year: '2021',
      centre: 1400,
      intervals: [
        [1400, 1400],
        [1400, 1400],
        [1400, 1400],
      ],
    },
    {
      year: '2022',
      centre: 1500,
      intervals: [
        [1450, 1550],
        [1460, 1540],
        [1480, 1520],
      ],
    },
    {
      year: '2023',
      centre: 1600,
      intervals: [
        [1500, 1700],
        [1520, 1680],
        [1560, 1640],
      ],
    },
  ],
};

/** A published forecast from the last census, with 95% and 80% intervals (made up). */
export const publishedForecast: FanChartData = {
  measure: 'EHCPs',
  unit: count('EHCPs'),
  axis: 'January census',
  centre: 'Forecast',
  bands: ['95% interval', '80% interval'],
  fromLastKnown: true,
  zero: true,
  history: [
    { year: '2024', value: 1782 },
    { year: '2025', value: 1958 },
  ],
  projection: [
    {
      year: '2026',
      centre: 2122,
      intervals: [
        [1921, 2503],
        [2024, 2340],
      ],
    },
    {
      year: '2027',
      centre: 2250,
      intervals: [
        [1950, 2800],
        [2100, 2500],
      ],
    },
  ],
};

/** Seed 003 KPI 1: baseline 1,429 at 31 March 2021, 1,447 in May against 1,447, June made up. */
export const kpiOneTrend: KpiTrendData = {
  ref: '1',
  name: 'Actual EHCPs',
  unit: 'count',
  decimals: 0,
  points: [
    { label: 'baseline 31 March 2021', value: 1429, target: null },
    { label: 'May 2021', value: 1447, target: 1447 },
    { label: 'June 2021', value: 1470, target: 1456 },
    { label: 'July 2021', value: null, target: 1465 },
  ],
};

/** The demo's 2019 recovery plan forecast 1,331 plans for January 2021 (made-up census). */
export const planAccuracy: AccuracyChartData = {
  council: 'Kingston upon Thames',
  published: [2018, 2019, 2020, 2021, 2022].map((year, i) => ({ year, plans: 1100 + i * 120 })),
  sources: [
    {
      source: 'Deficit recovery plan, June 2019',
      madeAfter: 2019,
      rows: [
        { year: 2020, plans: 1250 },
        { year: 2021, plans: 1331 },
        { year: 2022, plans: 1400 },
      ],
    },
  ],
};

/** From unmitigated cost to the in-year deficit (made up). */
export const costToDeficit: WaterfallData = {
  title: 'From the unmitigated cost to the in-year deficit, 2022-23',
  valueTitle: 'High needs cost',
  steps: [
    { label: 'Unmitigated cost', kind: 'total', value: 6_540_000_000 },
    { label: 'Savings', kind: 'change', value: -520_000_000 },
    { label: 'Mitigated cost', kind: 'total', value: 6_020_000_000 },
    { label: 'High needs funding', kind: 'change', value: -5_310_000_000 },
    { label: 'In-year deficit', kind: 'total', value: 710_000_000 },
  ],
};

/** Spend by placement category over four years (made up); one category missing a year. */
export const spendByCategory: StackedBarsData = {
  title: 'Spend by placement category, 2019-20 to 2022-23',
  years: ['2019-20', '2020-21', '2021-22', '2022-23'],
  unit: millionsOfPounds,
  valueTitle: 'Spend',
  categories: [
    {
      name: 'Maintained special schools',
      values: [1_200_000_000, 1_300_000_000, 1_450_000_000, 1_500_000_000],
    },
    {
      name: 'Independent special schools',
      values: [900_000_000, 1_000_000_000, 1_150_000_000, 1_300_000_000],
    },
    { name: 'Mainstream top-ups', values: [500_000_000, 520_000_000, 560_000_000, 600_000_000] },
    { name: 'Post-16', values: [100_000_000, 150_000_000, null, 180_000_000] },
  ],
};
