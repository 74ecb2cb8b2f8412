import { z } from 'zod';
import {
  parseReturnPeriod,
  returnStatus,
  type ConditionProgress,
  type QuarterlyReturn,
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import { parseKpiPeriod } from '../../core/kpi';
import { financialYearOf } from '../../core/periods';
import { findPlanVersion } from '../../db/planRepository';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { can, type Actor } from '../permissions';
import { findSet, loadSet } from '../kpi/store';
import { parseInput } from '../validation';
import { firstRevision, nextRevision, takeExpectedRevision } from '../rowVersion';
import { refuseIfLocked, requireCondition, requireReturn, requireReturnForChange } from './access';
import { discardSnapshot } from './snapshotStore';
import { requireAgreement } from './agreement';
import { conditionProgressInput, newReturnInput, returnContentInput } from './inputs';
import { findReturn, listReturnRows, returnColumns } from './store';

/** The period checked against the agreement (400 naming the field when it is not a quarter it covers). */
export function checkedPeriod(agreement: SafetyValveAgreement, period: string) {
  try {
    return parseReturnPeriod(period, agreement);
  } catch (error) {
    throw new ValidationError(`period: ${(error as Error).message}.`, 'period');
  }
}

/** Refuses references the return cannot keep: a KPI period outside its year, unknown versions and KPIs. */
async function checkReferences(ctx: ServiceContext, council: Council, r: QuarterlyReturn): Promise<void> {
  const end = parseKpiPeriod(r.period).end;
  if (financialYearOf(r.dataDate) !== r.financialYear || r.dataDate > end)
    throw new ValidationError(
      `dataDate: ${r.dataDate} is not within ${r.period} or before it in ${r.financialYear}.`,
      'dataDate',
    );
  if (r.dateSubmitted !== null && r.dateSubmitted < r.dataDate)
    throw new ValidationError(
      `dateSubmitted: ${r.dateSubmitted} is before the data date ${r.dataDate}.`,
      'dateSubmitted',
    );
  let kpiYear: string;
  try {
    kpiYear = parseKpiPeriod(r.kpiPeriod).financialYear;
  } catch (error) {
    throw new ValidationError(`kpiPeriod: ${(error as Error).message}.`, 'kpiPeriod');
  }
  if (kpiYear !== r.financialYear)
    throw new ValidationError(
      `kpiPeriod: ${r.kpiPeriod} is in ${kpiYear}, not in the return's year ${r.financialYear}.`,
      'kpiPeriod',
    );
  if (r.projectionVersion && !(await findPlanVersion(ctx.db, council.id, r.projectionVersion))) {
    throw new ValidationError(
      `projectionVersion: ${council.name} has no plan version called "${r.projectionVersion}".`,
      'projectionVersion',
    );
  }
  const stored = await findSet(ctx.db, council, r.financialYear);
  const refs = stored
    ? new Set((await loadSet(ctx.db, council, stored)).kpis.map((k) => k.ref))
    : new Set<string>();
  const named = [
    ...r.ehcpKpis.map((ref) => ['ehcpKpis', ref] as const),
    ...r.conditions.flatMap((c) => c.keyKpis.map((ref) => [`conditions.${c.number}.keyKpis`, ref] as const)),
  ];
  for (const [field, ref] of named) {
    if (!refs.has(ref))
      throw new ValidationError(`${field}: ${council.name} has no KPI ${ref} for ${r.financialYear}.`, field);
  }
}

/**
 * Who may change what: the return's details and tables are finance's (finance, s151, admin); the progress
 * against a condition may also be written by the SEND service, whose workstreams most conditions are.
 */
export function mayEditReturn(actor: Actor, council: Council, part: 'finance' | 'conditions'): boolean {
  return (
    can(actor, 'finance.edit', council.id) || (part === 'conditions' && can(actor, 'send.edit', council.id))
  );
}

function requireRight(actor: Actor, council: Council, part: 'finance' | 'conditions'): void {
  if (!mayEditReturn(actor, council, part)) {
    throw new ForbiddenError(
      part === 'finance'
        ? `Your role in ${council.name} does not allow changing a Safety Valve return (finance.edit).`
        : `Your role in ${council.name} does not allow recording progress against a condition (finance.edit or send.edit).`,
    );
  }
}

/** The month of a date as a KPI period: 2021-05-31 is 2021-05. */
const monthOf = (date: string) => date.slice(0, 7);

/** The council's returns, oldest first, with their status. */
export async function listReturns(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const rows = await listReturnRows(ctx.db, council.id);
  return rows.map(({ quarterlyReturn: r, updatedAt }) => ({
    period: r.period,
    dataDate: r.dataDate,
    dateSubmitted: r.dateSubmitted,
    status: returnStatus(r),
    s151SignOff: r.s151SignOff,
    dcsSignOff: r.dcsSignOff,
    updatedAt: updatedAt.toISOString(),
  }));
}

/**
 * Starts a return for a quarter the agreement covers, with a progress entry per condition (as given, or
 * empty). The KPI period defaults to the month of the data date and the projection to that KPI period's
 * value version. Finance or admin; audited.
 */
export async function createReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const data = parseInput(newReturnInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const { agreement } = await requireAgreement(tx, council);
    const { period, financialYear } = checkedPeriod(agreement, data.period);
    if (await findReturn(trx, council.id, period))
      throw new ConflictError(`${council.name} already has a return for ${period}.`, 'period');
    const given = new Map((data.conditions ?? []).map((c) => [c.number, c]));
    for (const number of given.keys()) requireCondition(agreement, number);
    // A copied return keeps the words and tables but not the judgements: every condition is assessed again.
    const source = data.copyFrom
      ? (await requireReturn(tx, council, data.copyFrom)).quarterlyReturn
      : undefined;
    const previous = new Map((source?.conditions ?? []).map((c) => [c.number, { ...c, assurance: null }]));
    const kpiPeriod = data.kpiPeriod ?? monthOf(data.dataDate);
    const set = await findSet(trx, council, financialYear);
    const valueVersion = set
      ? (await loadSet(trx, council, set)).periods.find((p) => p.period === kpiPeriod)?.valueVersion
      : undefined;
    const r: QuarterlyReturn = {
      period,
      financialYear,
      dataDate: data.dataDate,
      dateSubmitted: data.dateSubmitted ?? null,
      kpiPeriod,
      projectionVersion:
        data.projectionVersion !== undefined
          ? data.projectionVersion
          : (valueVersion ?? source?.projectionVersion ?? null),
      summary: data.summary ?? source?.summary ?? '',
      conditions: agreement.conditions.map((c): ConditionProgress => {
        const base = previous.get(c.number) ?? {
          number: c.number,
          assurance: null,
          narrative: '',
          savingsAchieved: null,
          savingsTarget: null,
          keyKpis: [],
        };
        const g = given.get(c.number);
        return {
          number: c.number,
          assurance: g?.assurance ?? base.assurance,
          narrative: g?.narrative ?? base.narrative,
          savingsAchieved: g?.savingsAchieved ?? base.savingsAchieved,
          savingsTarget: g?.savingsTarget ?? base.savingsTarget,
          keyKpis: g?.keyKpis ?? base.keyKpis,
        };
      }),
      partnerContributions: data.partnerContributions ?? source?.partnerContributions ?? [],
      risks: data.risks ?? source?.risks ?? [],
      appendices: data.appendices ?? source?.appendices ?? [],
      ehcpKpis: data.ehcpKpis ?? source?.ehcpKpis ?? [],
      s151SignOff: null,
      dcsSignOff: null,
    };
    await checkReferences(tx, council, r);
    await trx
      .insertInto('sv_returns')
      .values({
        council_id: council.id,
        period,
        ...returnColumns(r, ctx.now()),
        ...firstRevision(actor, ctx.now()),
      })
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'safety-valve-return',
      entityId: period,
      after: { ...r, ...(source ? { copiedFrom: source.period } : {}) },
    });
    return r;
  });
}

/**
 * Changes a return that is not locked. A change after one officer has signed clears that signature (they
 * signed other content) and discards the snapshot the signature captured, which the audit entry records.
 * With `expectedRevision`, a return changed since the client read it is refused (409). Finance or admin.
 */
async function changeReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  expectedRevision: number | undefined,
  entity: string,
  change: (r: QuarterlyReturn, agreement: SafetyValveAgreement) => QuarterlyReturn,
  mayEdit: (council: Council) => void = () => {},
): Promise<QuarterlyReturn> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  mayEdit(council);
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const stored = await requireReturnForChange(tx, council, period, expectedRevision, refuseIfLocked);
    const before = stored.quarterlyReturn;
    const { agreement } = await requireAgreement(tx, council);
    const after: QuarterlyReturn = { ...change(before, agreement), s151SignOff: null, dcsSignOff: null };
    await checkReferences(tx, council, after);
    const discarded = await discardSnapshot(trx, stored.id);
    await trx
      .updateTable('sv_returns')
      .set({ ...returnColumns(after, ctx.now()), ...nextRevision(actor, ctx.now()) })
      .where('id', '=', stored.id)
      .execute();
    const cleared = [before.s151SignOff ? 's151' : null, before.dcsSignOff ? 'dcs' : null].filter(
      (s) => s !== null,
    );
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity,
      entityId: period,
      before: { ...before },
      after: {
        ...after,
        ...(cleared.length > 0 ? { signOffsCleared: cleared } : {}),
        ...(discarded ? { snapshotDiscarded: discarded } : {}),
      },
    });
    return after;
  });
}

/** Changes a return's details and tables (dates, KPI period, projection, summary, contributions, risks, appendices). */
export async function updateReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(returnContentInput, rest);
  return changeReturn(
    ctx,
    actor,
    code,
    period,
    expected,
    'safety-valve-return',
    (r) => ({ ...r, ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) }),
    (council) => requireRight(actor, council, 'finance'),
  );
}

/** Records the progress against one condition (assurance level, narrative, savings achieved against target). */
export async function setConditionProgress(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  number: string,
  input: unknown,
): Promise<ConditionProgress> {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(conditionProgressInput, rest);
  const parsedNumber = parseInput(z.object({ number: z.string().min(1) }), { number }).number;
  let result: ConditionProgress | undefined;
  await changeReturn(
    ctx,
    actor,
    code,
    period,
    expected,
    'safety-valve-condition',
    (r, agreement) => {
      requireCondition(agreement, parsedNumber);
      const existing = r.conditions.find((c) => c.number === parsedNumber) ?? {
        number: parsedNumber,
        assurance: null,
        narrative: '',
        savingsAchieved: null,
        savingsTarget: null,
        keyKpis: [],
      };
      result = {
        ...existing,
        ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
      } as ConditionProgress;
      const order = agreement.conditions.map((c) => c.number);
      const conditions = [...r.conditions.filter((c) => c.number !== parsedNumber), result].sort(
        (a, b) => order.indexOf(a.number) - order.indexOf(b.number),
      );
      return { ...r, conditions };
    },
    (council) => requireRight(actor, council, 'conditions'),
  );
  return result!;
}

// What the web receives and sends.
/** A quarterly return as listed: its period, dates, status and sign-offs. */
export type ReturnSummaryView = Awaited<ReturnType<typeof listReturns>>[number];
/** A new return: its quarter, data date and, if wanted, the return to copy words and tables from. */
export type NewReturnInput = z.input<typeof newReturnInput>;
/** A change to a return's details and tables (money in pounds). */
export type ReturnContentInput = z.input<typeof returnContentInput>;
/** A change to one condition's progress (money in pounds). */
export type ConditionProgressInput = z.input<typeof conditionProgressInput>;
