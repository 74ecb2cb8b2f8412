import type { MonitoringRow } from '../../core/finance';
import type { KpiEvaluation, KpiUnit, Rag } from '../../core/kpi';
import type { Pence } from '../../core/money';
import type {
  Appendix,
  AssuranceLevel,
  DeficitProfilePoint,
  PartnerContribution,
  ReturnStatus,
  Risk,
  SignOff,
} from '../../core/safetyValve';

/** A KPI as shown beside a condition. */
export interface KeyKpi {
  ref: string;
  name: string;
  unit: KpiUnit;
  baseline: number | null;
  annualTarget: number | null;
  periodTarget: number | null;
  value: number | null;
  rag: Rag | null;
}

/** Everything the quarterly report prints, already derived from stored data (the services' return view). */
export interface QuarterlyReportData {
  council: {
    code: string;
    name: string;
    s151Officer: string | null;
    directorOfChildrensServices: string | null;
  };
  agreement: {
    name: string;
    startYear: string;
    endYear: string;
    agreedVersion: string | null;
    profileBasis: string;
  };
  return: {
    period: string;
    financialYear: string;
    dataDate: string;
    dateSubmitted: string | null;
    kpiPeriod: string;
    projectionVersion: string | null;
    summary: string;
    appendices: Appendix[];
    s151SignOff: SignOff | null;
    dcsSignOff: SignOff | null;
  };
  status: ReturnStatus;
  statusText: string;
  conditions: Array<{
    number: string;
    title: string;
    text: string | null;
    assurance: AssuranceLevel | null;
    narrative: string;
    savingsAchieved: Pence | null;
    savingsTarget: Pence | null;
    /** Drawn from the savings delivery log, entered in the return, or entered over the drawn figure. */
    savingsFrom?: 'delivery' | 'entered' | 'override' | null;
    /** When overridden: the council's figure against the log's, in words. */
    savingsCheck?: string | null;
    keyKpis: KeyKpi[];
  }>;
  summaries: {
    assurance: Record<AssuranceLevel, number> & { notAssessed: number };
    kpiRag: Record<Rag, number> & { none: number };
  };
  kpis: {
    period: string;
    monthsElapsed: number;
    targetVersion: string | null;
    valueVersion: string | null;
    kpis: KpiEvaluation[];
  } | null;
  kpiProblem: string | null;
  monitoring: { year: string; fromVersion: string; toVersion: string; rows: MonitoringRow[] } | null;
  monitoringProblem: string | null;
  partnerContributions: { rows: PartnerContribution[]; total: Pence };
  risks: Array<Risk & { score: number | null }>;
  deficitProfile: {
    agreedVersion: string | null;
    projectionVersion: string | null;
    points: DeficitProfilePoint[];
  };
  ehcpChart: KeyKpi[];
}
