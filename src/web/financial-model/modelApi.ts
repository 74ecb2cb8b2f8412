// The financial model part of the API (docs/api.md, "Financial model"). Amounts that come back are pence;
// amounts sent are pounds, as the person typed them.
import { councilPath, request } from '../app/api.ts';

export type Pence = number;

export type LineKind =
  | 'hnbAllocation'
  | 'blockTransfer'
  | 'otherIncome'
  | 'expenditure'
  | 'pressure'
  | 'saving'
  | 'otherBlocksVariance'
  | 'generalFundContribution'
  | 'dfeContribution';

export type VersionStatus = 'draft' | 'frozen';

export interface VersionInfo {
  id: number;
  name: string;
  description: string | null;
  status: VersionStatus;
  basedOnId: number | null;
  updatedAt: string;
  frozenAt: string | null;
  frozenBy: string | null;
}

export interface VersionYearSummary {
  year: string;
  inYearDsgDeficit: Pence;
  cumulativeDeficitAfterDfe: Pence;
}

export interface VersionSummary extends VersionInfo {
  years: VersionYearSummary[];
}

export type LineLinks = Partial<
  Record<
    'workstream' | 'drpRef' | 'block' | 'provisionType' | 'actionCategory' | 's251Line' | 'placementCategory',
    string
  >
>;

export interface PlanLine {
  id: string;
  kind: LineKind;
  label: string;
  links: LineLinks;
  /** Listed beside the model (General Fund savings, say) but outside its totals. */
  memo?: boolean;
  amounts: Record<string, Pence>;
}

export interface Plan {
  years: string[];
  opening: { cumulativeDeficit: Pence; dfeContributionsToDate: Pence; basis?: string };
  lines: PlanLine[];
}

/** The figures the server derives for one year of a version (pence; the two percentages in %). */
export interface DerivedYear {
  year: string;
  hnbAllocation: Pence;
  blockTransfers: Pence;
  otherIncome: Pence;
  totalBudget: Pence;
  spendBeforeSavings: Pence;
  totalSavings: Pence;
  spendAfterSavings: Pence;
  netHighNeedsDeficit: Pence;
  otherBlocksVariance: Pence;
  generalFundContribution: Pence;
  inYearDsgDeficit: Pence;
  cumulativeDeficitBeforeDfe: Pence;
  dfeContributionsInYear: Pence;
  dfeContributionsToDate: Pence;
  cumulativeDeficitAfterDfe: Pence;
  fundingGapPct: number | null;
  spendPctOfFunding: number | null;
}

/** 'pence', 'words', 'count', …: what the two sides of a check count. */
export type CheckUnit = string;

/** A reconciliation identity that does not hold, with both of its sides. */
export interface CheckFailure {
  check: string;
  where: string;
  message: string;
  left: { label: string; value: number };
  right: { label: string; value: number };
  difference: number;
  unit: CheckUnit;
}

export interface VersionDetail {
  /** Whether the version has a DfE 2019 recovery plan document (narrative, EHCP tables). */
  hasRecoveryPlan: boolean;
  version: VersionInfo;
  plan: Plan;
  years: DerivedYear[];
  checks: CheckFailure[];
}

export type Effect = 'favourable' | 'adverse' | 'none';
export type Rag = 'G' | 'A' | 'R';

export interface ComparisonLine {
  key: string;
  label: string;
  kind: LineKind | 'derived';
  from: Pence | null;
  to: Pence | null;
  variance: Pence;
  effect: Effect;
  rag: Rag;
}

export interface MonitoringRow {
  label: string;
  total: boolean;
  model: Pence;
  projection: Pence;
  variance: Pence;
  effect: Effect;
  rag: Rag;
}

export interface ToleranceBand {
  absolute?: Pence;
  percent?: number;
}

export interface Tolerance {
  amber: ToleranceBand;
  red: ToleranceBand;
}

export interface Comparison {
  year: string;
  fromVersion: string;
  toVersion: string;
  commonYears: string[];
  tolerance: Tolerance;
  lines: ComparisonLine[];
  totals: ComparisonLine[];
  monitoring: MonitoringRow[];
}

export interface Workstream {
  workstream: string;
  memo: boolean;
  lines: PlanLine[];
  totals: Record<string, Pence>;
}

export interface SavingsSummaryYear {
  year: string;
  highNeedsBudget: Pence;
  forecastSpendIncludingNewDemand: Pence;
  savingsRequiredToBalance: Pence;
  totalSavingsIdentified: Pence;
  cumulativeSavings: Pence;
  inYearPosition: Pence;
  cumulativeDeficit: Pence;
}

export interface SavingsPlan {
  version: string;
  years: string[];
  workstreams: Workstream[];
  summary: SavingsSummaryYear[];
}

export interface NewLine {
  kind: LineKind;
  label: string;
  links?: LineLinks;
}

const modelPath = (code: string) => `${councilPath(code)}/model`;
const versionPath = (code: string, name: string) => `${modelPath(code)}/versions/${encodeURIComponent(name)}`;

export const listVersions = (code: string) =>
  request<{ versions: VersionSummary[] }>('GET', `${modelPath(code)}/versions`);

export const getVersion = (code: string, name: string) =>
  request<VersionDetail>('GET', versionPath(code, name));

/** Where the browser downloads the version in the JSON file format (pounds). */
export const versionFileUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}?format=json-file`;

/** Every reconciliation failure across the council's versions and recovery plan documents. */
export const getCouncilChecks = (code: string) =>
  request<{ failures: CheckFailure[] }>('GET', `${modelPath(code)}/checks`);

/** Where the browser downloads the version's grid as an Excel workbook (live formulas). */
export const versionWorkbookUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}?format=xlsx`;

/** Where the browser downloads the DfE 2019 recovery plan workbook of a version that has one. */
export const recoveryPlanWorkbookUrl = (code: string, name: string) =>
  `/api${versionPath(code, name)}/recovery-plan?format=xlsx`;

/** Imports a plan version file as parsed JSON; a 400 carries every problem in `ApiError.problems`. */
export const importVersion = (code: string, plan: unknown, replace: boolean) =>
  request<VersionInfo>('POST', `${modelPath(code)}/versions${replace ? '?replace=true' : ''}`, {
    body: plan,
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Imports a model grid workbook (as downloaded with "Download Excel", edited in Excel). */
export const importVersionWorkbook = (code: string, file: Blob, replace: boolean) =>
  request<VersionInfo>('POST', `${modelPath(code)}/versions${replace ? '?replace=true' : ''}`, {
    file: { data: file, contentType: XLSX },
  });

/** Imports a DfE 2019 deficit recovery plan workbook: the plan version with its narrative and EHCP tables. */
export const importRecoveryPlanWorkbook = (code: string, file: Blob, replace: boolean) =>
  request<VersionInfo>('POST', `${modelPath(code)}/recovery-plans${replace ? '?replace=true' : ''}`, {
    file: { data: file, contentType: XLSX },
  });

export const deleteVersion = (code: string, name: string) => request<void>('DELETE', versionPath(code, name));

export const freezeVersion = (code: string, name: string) =>
  request<VersionInfo>('POST', `${versionPath(code, name)}/freeze`);

export const copyVersion = (code: string, name: string, newName: string) =>
  request<VersionInfo>('POST', `${versionPath(code, name)}/copy`, { body: { name: newName } });

export const addLine = (code: string, name: string, line: NewLine) =>
  request<PlanLine>('POST', `${versionPath(code, name)}/lines`, { body: line });

export const removeLine = (code: string, name: string, lineId: string) =>
  request<void>('DELETE', `${versionPath(code, name)}/lines/${encodeURIComponent(lineId)}`);

/** Sets one amount; `amount` is the pounds text as typed ("£1,234", "(1,234)", "0"). */
export const setLineAmount = (code: string, name: string, lineId: string, year: string, amount: string) =>
  request<{ line: string; year: string; amount: Pence }>(
    'PUT',
    `${versionPath(code, name)}/lines/${encodeURIComponent(lineId)}/amounts`,
    { body: { year, amount } },
  );

export const getSavingsPlan = (code: string, name: string) =>
  request<SavingsPlan>('GET', `${versionPath(code, name)}/savings`);

export function compareVersions(code: string, from: string, to: string, year?: string): Promise<Comparison> {
  const query = new URLSearchParams({ from, to });
  if (year !== undefined) query.set('year', year);
  return request('GET', `${modelPath(code)}/compare?${query.toString()}`);
}
