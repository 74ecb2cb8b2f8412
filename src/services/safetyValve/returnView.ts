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
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import type { ServiceContext } from '../context';
import { councilView, requireCouncil, type Council } from '../councils';
import { ServiceError } from '../errors';
import { compareCouncilVersions } from '../financialModel/comparison';
import { evaluateCouncilKpis } from '../kpi/evaluation';
import { can, canSign, type Actor } from '../permissions';
import { lockMessage, requireReturn } from './access';
import { findReturn, type StoredReturn } from './store';
import { findSnapshot, heldVersionsOf, snapshotHash } from './snapshotStore';
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
 * partner contributions with their total, risk scores, and the two charts' series. A signed return shows
 * what it showed when it was first signed (its snapshot): nothing edited since changes it.
 */
export async function returnView(ctx: ServiceContext, actor: Actor, code: string, period: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const signed = await findReturn(ctx.db, council.id, period);
  const snapshot = signed && (await readSnapshot(ctx.db, signed.id, period));
  if (signed && snapshot) {
    const figures = JSON.parse(snapshot.stored.content) as ReturnFigures;
    return withStatus(actor, council, signed, figures, snapshot.info);
  }
  const { agreement } = await requireAgreement(ctx, council);
  checkedPeriod(agreement, period);
  const stored = await requireReturn(ctx, council, period);
  return withStatus(
    actor,
    council,
    stored,
    await returnFigures(ctx, actor, council, agreement, stored),
    null,
  );
}

/** The signed return's snapshot, checked against its hash, with the versions it holds. */
async function readSnapshot(db: ServiceContext['db'], returnId: number, period: string) {
  const stored = await findSnapshot(db, returnId);
  if (!stored) return undefined;
  // Stored text is what the officers signed: a change made outside highneeds must not pass unnoticed.
  if (snapshotHash(stored.content) !== stored.sha256)
    throw new Error(`The snapshot of the signed Safety Valve return ${period} does not match its SHA-256.`);
  const info: SnapshotInfo = {
    capturedAt: stored.capturedAt.toISOString(),
    capturedBy: stored.capturedBy,
    sha256: stored.sha256,
    versions: await heldVersionsOf(db, returnId),
  };
  return { stored, info };
}

/** What a snapshot says about itself: when and by whom it was captured, its hash, the versions it holds. */
export interface SnapshotInfo {
  capturedAt: string;
  capturedBy: string;
  sha256: string;
  versions: Array<{ name: string; role: string }>;
}

/**
 * The figures of a return: everything it shows except its status, its sign-offs and what the asking
 * user may do. This is what a signed return's snapshot holds.
 */
export async function returnFigures(
  ctx: ServiceContext,
  actor: Actor,
  council: Council,
  agreement: SafetyValveAgreement,
  stored: StoredReturn,
) {
  const r = stored.quarterlyReturn;
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

/** The figures a return shows (and a signed return's snapshot holds). */
export type ReturnFigures = Awaited<ReturnType<typeof returnFigures>>;

/** The figures with what is live: the sign-offs and status, the lock, what the actor may do, the snapshot. */
function withStatus(
  actor: Actor,
  council: Council,
  stored: StoredReturn,
  figures: ReturnFigures,
  snapshot: SnapshotInfo | null,
) {
  const r = stored.quarterlyReturn;
  const status = returnStatus(r);
  const { council: shownCouncil, agreement, return: content, ...tables } = figures;
  return {
    council: shownCouncil,
    agreement,
    return: { ...content, s151SignOff: r.s151SignOff, dcsSignOff: r.dcsSignOff },
    updatedAt: stored.updatedAt.toISOString(),
    revision: stored.revision,
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
    snapshot,
    ...tables,
  };
}

/** The view of a return, as the API and the report documents use it. */
export type ReturnView = Awaited<ReturnType<typeof returnView>>;
