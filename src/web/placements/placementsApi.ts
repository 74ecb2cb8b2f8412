// The placement register part of the API (docs/api.md, "Placement register"). Amounts are pence.
import { councilPath, request } from '../app/api.ts';

export type Pence = number;

export interface AverageCost {
  count: number;
  total: Pence;
  average: Pence | null;
}

export interface SnapshotInfo {
  asAt: string;
  source: string | null;
  placements: number;
  children: number;
  createdAt: string;
  /** Made-up rows (the demo register): the page says so wherever it shows them. */
  synthetic: boolean;
}

export type Partner = 'socialCare' | 'adultSocialCare' | 'health' | 'adultHealth';

export interface ContributionChange {
  partner: string;
  current: Pence;
  previous: Pence;
  change: Pence;
}

export interface PlacementSummary {
  council: string;
  asAt: string;
  financialYear: string;
  snapshot: SnapshotInfo;
  placements: number;
  children: number;
  totalCost: Pence;
  costInYear: { gross: Pence; net: Pence; placeFunding: Pence; topUp: Pence; otherCost: Pence };
  /** Keyed by the DfE category names ("mainstream", "resourced provision or SEN unit", ...). */
  averageCostByCategory: Record<string, AverageCost>;
  /** Gross cost in the financial year, keyed by the DfE category names. */
  spendByCategory: Record<string, Pence>;
  averageCostByPhase: Record<'under16' | 'over16', AverageCost>;
  averageCostByCouncilCategory: Record<string, AverageCost>;
  averageCostOfEhcp: Pence | null;
  independentSectorSharePct: number | null;
  contributionsByPartner: Record<Partner, Pence>;
  contributionChanges: {
    previousAsAt: string;
    previousYear: string;
    rows: ContributionChange[];
    total: ContributionChange;
  } | null;
  commitments: {
    spendToDate: Pence;
    committed: Pence;
    forecast: Pence;
    netForecast: Pence;
    fullYearEffect: Pence;
  };
  topUps: AverageCost;
  labels: {
    /** Category id → name. */
    categories: Record<string, string>;
    councilCategories: Record<string, string>;
    phases: Record<string, string>;
    partners: Record<string, string>;
  };
}

export interface PlacementRecord {
  childId: string;
  dateOfBirth: string | null;
  ncy: number | null;
  primaryNeed: string;
  settingType: string;
  provider: string;
  urn: string | null;
  inBorough: boolean;
  startDate: string;
  endDate: string | null;
  category: string;
  councilCategory: string | null;
  phase: 'under16' | 'over16';
  annualCost: Pence;
  open: boolean;
}

export interface RecordsPage {
  snapshot: SnapshotInfo;
  total: number;
  offset: number;
  limit: number;
  records: PlacementRecord[];
}

export interface RecordFilters {
  asAt?: string;
  category?: string;
  councilCategory?: string;
  phase?: string;
  inBorough?: string;
  provider?: string;
  need?: string;
  status?: 'open' | 'all';
  limit: number;
  offset: number;
}

export interface RowError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface Preview {
  asAt: string;
  placements: number;
  children: number;
  byCategory: Record<string, number>;
  replaces: { asAt: string; placements: number } | null;
  changes: {
    from: string;
    added: number;
    ceased: number;
    costChanges: number;
    fullYearEffect: { net: Pence };
  } | null;
  rows: Array<
    Pick<
      PlacementRecord,
      | 'childId'
      | 'dateOfBirth'
      | 'primaryNeed'
      | 'settingType'
      | 'category'
      | 'provider'
      | 'inBorough'
      | 'startDate'
      | 'endDate'
      | 'annualCost'
    >
  >;
}

export interface Changes {
  from: string;
  to: string;
  counts: { added: number; ceased: number; costChanges: number };
  fullYearEffect: { added: Pence; ceased: Pence; costChanges: Pence; net: Pence };
  records: {
    added: ChangedPlacement[];
    ceased: ChangedPlacement[];
    costChanges: Array<ChangedPlacement & { before: Pence; after: Pence; annualCostChange: Pence }>;
  } | null;
}

export interface ChangedPlacement {
  childId: string;
  provider: string;
  category: string;
  startDate: string;
  endDate: string | null;
  annualCost: Pence;
}

const base = (code: string) => `${councilPath(code)}/placements`;
const query = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== '',
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The content type the server expects for a register file: XLSX by name, CSV otherwise. */
export const registerContentType = (file: File) => (/\.xlsx$/i.test(file.name) ? XLSX : 'text/csv');

export const listSnapshots = (code: string) =>
  request<{ snapshots: SnapshotInfo[] }>('GET', `${base(code)}/snapshots`);

export const getSummary = (code: string, asAt?: string) =>
  request<PlacementSummary>('GET', `${base(code)}/summary${query({ asAt })}`);

export const getRecords = (code: string, filters: RecordFilters) =>
  request<RecordsPage>('GET', `${base(code)}/records${query({ ...filters })}`);

export const getChanges = (code: string, from: string, to: string) =>
  request<Changes>('GET', `${base(code)}/changes${query({ from, to })}`);

export const previewRegister = (code: string, file: File, asAt: string) =>
  request<Preview>('POST', `${base(code)}/preview${query({ asAt })}`, {
    file: { data: file, contentType: registerContentType(file) },
  });

export const importRegister = (code: string, file: File, asAt: string, replace: boolean) =>
  request<SnapshotInfo>(
    'POST',
    `${base(code)}/snapshots${query({ asAt, replace: replace ? 'true' : undefined, source: file.name })}`,
    {
      file: { data: file, contentType: registerContentType(file) },
    },
  );

export const templateUrl = (code: string) => `/api${base(code)}/template`;
