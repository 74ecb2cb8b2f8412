import type { KpiEvaluation } from '../../core/kpi';
import type { MonitoringRow } from '../../core/finance';
import { formatMoney, type Pence } from '../../core/money';
import type { SavingsAgainstTarget } from '../../core/savings';
import { conditionSavings } from '../savings/delivery';
import {
  assuranceSummary,
  describeStatus,
  partnerContributionTotal,
  ragSummary,
  returnStatus,
  riskScore,
  type QuarterlyReturn,
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import type { ServiceContext } from '../context';
import { councilView, requireCouncil, type Council } from '../councils';
import { ServiceError } from '../errors';
import { compareCouncilVersions } from '../financialModel/comparison';
import { evaluateCouncilKpis } from '../kpi/evaluation';
import { can, canSign, type Actor } from '../permissions';
import { lockMessage, requireReturn } from './access';
import { requireAgreement } from './agreement';
import { deficitSeries } from './deficitSeries';
import { checkedPeriod, mayEditReturn } from './returns';

type Evaluation = Awaited<ReturnType<typeof evaluateCouncilKpis>>;

/** A KPI as shown beside a condition or on the EHCP chart. */
function kpiLine(k: KpiEvaluation) {
  return {
    ref: k.ref,
    name: k.name,
    unit: k.unit,
    baseline: k.baseline,
    annualTarget: k.annualTarget,
    periodTarget: k.periodTarget,
    value: k.value,
    rag: k.rag,
  };
}

/**
 * A condition's savings as the return shows them: drawn from the savings delivery log when the condition
 * has savings lines; a figure the council entered that differs is its override, shown as such with the
 * difference from the log.
 */
function savingsShown(drawn: SavingsAgainstTarget | null, achieved: Pence | null, target: Pence | null) {
  if (!drawn)
    return {
      savingsAchieved: achieved,
      savingsTarget: target,
      savingsFrom: achieved === null ? null : ('entered' as const),
      savingsCheck: null,
    };
  const overridden =
    (achieved !== null && achieved !== drawn.achieved) || (target !== null && target !== drawn.target);
  if (!overridden)
    return {
      savingsAchieved: drawn.achieved,
      savingsTarget: drawn.target,
      savingsFrom: 'delivery' as const,
      savingsCheck: null,
    };
  const k = (p: Pence | null) => (p === null ? 'not reported' : formatMoney(p, { units: 'k' }));
  return {
    savingsAchieved: achieved ?? drawn.achieved,
    savingsTarget: target ?? drawn.target,
    savingsFrom: 'override' as const,
    savingsCheck: `Set by the council: ${k(achieved ?? drawn.achieved)} of ${k(target ?? drawn.target)}; the savings delivery log gives ${k(drawn.achieved)} of ${k(drawn.target)} (lines ${drawn.lines.join(', ')}).`,
  };
}

/** What went wrong building one table, as a sentence for the page and the report. */
function problemOf(error: unknown): string {
  if (error instanceof ServiceError || error instanceof RangeError) return error.message;
  throw error;
}

/**
 * Everything a return shows, built from stored data: the council and agreement, the return's content, its
 * status and lock, what the actor may do, and the derived tables: the KPI table (evaluated from the stored
 * KPIs), the financial model monitoring table (agreed version against the projection), the summaries, the
 * partner contributions with their total, risk scores, and the two charts' series.
 */
export async function returnView(ctx: ServiceContext, actor: Actor, code: string, period: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const { agreement } = await requireAgreement(ctx, council);
  checkedPeriod(agreement, period);
  const { quarterlyReturn: r, updatedAt } = await requireReturn(ctx, council, period);
  return buildView(ctx, actor, council, agreement, r, updatedAt);
}

async function buildView(
  ctx: ServiceContext,
  actor: Actor,
  council: Council,
  agreement: SafetyValveAgreement,
  r: QuarterlyReturn,
  updatedAt: Date,
) {
  let kpis: Evaluation | null = null;
  let kpiProblem: string | null = null;
  try {
    kpis = await evaluateCouncilKpis(ctx, actor, council.code, { period: r.kpiPeriod });
  } catch (error) {
    kpiProblem = problemOf(error);
  }
  let monitoring: { year: string; fromVersion: string; toVersion: string; rows: MonitoringRow[] } | null =
    null;
  let monitoringProblem: string | null = null;
  if (!agreement.agreedVersion || !r.projectionVersion) {
    monitoringProblem = !agreement.agreedVersion
      ? 'The agreement does not name its agreed plan version.'
      : 'The return does not name the projection to compare with the agreed model.';
  } else {
    try {
      const compared = await compareCouncilVersions(ctx, actor, council.code, {
        from: agreement.agreedVersion,
        to: r.projectionVersion,
        year: r.financialYear,
      });
      monitoring = {
        year: compared.year,
        fromVersion: compared.fromVersion,
        toVersion: compared.toVersion,
        rows: compared.monitoring,
      };
    } catch (error) {
      monitoringProblem = problemOf(error);
    }
  }
  const byRef = new Map((kpis?.kpis ?? []).map((k) => [k.ref, k]));
  const status = returnStatus(r);
  const drawn = await conditionSavings(ctx, council, agreement.agreedVersion, r.financialYear, r.dataDate);
  return {
    council: councilView(council),
    agreement: {
      name: agreement.name,
      startYear: agreement.startYear,
      endYear: agreement.endYear,
      agreedVersion: agreement.agreedVersion,
      profileBasis: agreement.profileBasis,
    },
    return: r,
    updatedAt: updatedAt.toISOString(),
    status,
    statusText: describeStatus(status),
    lockMessage: lockMessage(r),
    can: {
      edit: status !== 'locked' && mayEditReturn(actor, council, 'finance'),
      editConditions: status !== 'locked' && mayEditReturn(actor, council, 'conditions'),
      signAsS151: status !== 'locked' && !r.s151SignOff && canSign(actor, 's151', council.id),
      signAsDcs: status !== 'locked' && !r.dcsSignOff && canSign(actor, 'dcs', council.id),
      reopen: status !== 'draft' && can(actor, 'returns.reopen', council.id),
    },
    conditions: agreement.conditions.map((c) => {
      const progress = r.conditions.find((p) => p.number === c.number);
      return {
        number: c.number,
        title: c.title,
        text: c.text,
        assurance: progress?.assurance ?? null,
        narrative: progress?.narrative ?? '',
        ...savingsShown(
          drawn.get(c.number) ?? null,
          progress?.savingsAchieved ?? null,
          progress?.savingsTarget ?? null,
        ),
        keyKpis: (progress?.keyKpis ?? []).flatMap((ref) =>
          byRef.has(ref) ? [kpiLine(byRef.get(ref)!)] : [],
        ),
      };
    }),
    summaries: {
      assurance: assuranceSummary(
        agreement.conditions.map((c) => ({
          assurance: r.conditions.find((p) => p.number === c.number)?.assurance ?? null,
        })),
      ),
      kpiRag: ragSummary(kpis?.kpis ?? []),
    },
    kpis,
    kpiProblem,
    monitoring,
    monitoringProblem,
    partnerContributions: {
      rows: r.partnerContributions,
      total: partnerContributionTotal(r.partnerContributions),
    },
    risks: r.risks.map((risk) => ({ ...risk, score: riskScore(risk) })),
    deficitProfile: await deficitSeries(ctx, council, agreement, r.projectionVersion),
    ehcpChart: r.ehcpKpis.flatMap((ref) => (byRef.has(ref) ? [kpiLine(byRef.get(ref)!)] : [])),
  };
}

/** The view of a return, as the API and the report documents use it. */
export type ReturnView = Awaited<ReturnType<typeof returnView>>;
