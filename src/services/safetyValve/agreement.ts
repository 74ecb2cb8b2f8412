import { z } from 'zod';
import {
  agreementCovers,
  paymentSummary,
  type AgreementPayment,
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import { compareFinancialYears } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { deficitSeries } from './deficitSeries';
import { agreementInput, paymentInput } from './inputs';
import { sql } from 'kysely';
import { actorLabel } from '../audit';
import { unknownVersions } from '../financialModel/versionReferences';
import { requireFresh, takeExpectedRevision } from '../rowVersion';
import {
  agreementRevisions,
  findAgreement,
  listReturnRows,
  lockAgreement,
  paymentRow,
  writeAgreement,
} from './store';

/** The council's agreement, or a 404 saying there is none. */
export async function requireAgreement(ctx: ServiceContext, council: Council) {
  const found = await findAgreement(ctx.db, council.id);
  if (!found)
    throw new NotFoundError(
      `${council.name} has no Safety Valve agreement recorded. Record it first (PUT .../safety-valve/agreement).`,
    );
  return found;
}

/** Refuses an agreement whose parts contradict each other (years outside it, duplicates). */
export function checkAgreement(a: SafetyValveAgreement): void {
  if (compareFinancialYears(a.endYear, a.startYear) < 0)
    throw new ValidationError(`endYear: ${a.endYear} is before the start year ${a.startYear}.`, 'endYear');
  if (a.totalFunding !== null && a.totalFunding < 0)
    throw new ValidationError(
      'totalFunding: the funding promised cannot be negative (leave it out when it is not known).',
      'totalFunding',
    );
  a.deficitProfile.forEach((p, i) => {
    if (p.maximum < 0)
      throw new ValidationError(
        `deficitProfile.${i}.maximum: a maximum cumulative deficit cannot be negative.`,
        `deficitProfile.${i}.maximum`,
      );
  });
  const seen = new Set<string>();
  a.conditions.forEach((c, i) => {
    if (seen.has(c.number))
      throw new ValidationError(
        `conditions.${i}.number: condition ${c.number} is listed twice.`,
        `conditions.${i}.number`,
      );
    seen.add(c.number);
  });
  a.deficitProfile.forEach((p, i) => {
    if (!agreementCovers(a, p.year))
      throw new ValidationError(
        `deficitProfile.${i}.year: ${p.year} is outside the agreement (${a.startYear} to ${a.endYear}).`,
        `deficitProfile.${i}.year`,
      );
    if (a.deficitProfile.findIndex((q) => q.year === p.year) !== i)
      throw new ValidationError(
        `deficitProfile.${i}.year: ${p.year} is listed twice.`,
        `deficitProfile.${i}.year`,
      );
  });
  a.payments.forEach((p, i) =>
    checkPayment(
      a,
      p,
      `payments.${i}`,
      a.payments.findIndex((q) => q.year === p.year && q.instalment === p.instalment) !== i,
    ),
  );
  if (a.finalPaymentYear && !agreementCovers(a, a.finalPaymentYear))
    throw new ValidationError(
      `finalPaymentYear: ${a.finalPaymentYear} is outside the agreement (${a.startYear} to ${a.endYear}).`,
      'finalPaymentYear',
    );
}

function checkPayment(
  a: Pick<SafetyValveAgreement, 'startYear' | 'endYear'>,
  p: AgreementPayment,
  field: string,
  duplicate = false,
): void {
  if (!agreementCovers(a, p.year))
    throw new ValidationError(
      `${field}.year: ${p.year} is outside the agreement (${a.startYear} to ${a.endYear}).`,
      `${field}.year`,
    );
  if (duplicate)
    throw new ValidationError(
      `${field}.instalment: ${p.year} "${p.instalment}" is listed twice.`,
      `${field}.instalment`,
    );
  for (const key of ['planned', 'received', 'withheld'] as const) {
    const v = p[key];
    if (v !== null && v < 0)
      throw new ValidationError(
        `${field}.${key}: an instalment amount cannot be negative.`,
        `${field}.${key}`,
      );
  }
}

/** The agreement as the API shows it: the agreement (pence), payment totals, and the deficit profile series. */
export async function getAgreement(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  options: { projectionVersion?: string } = {},
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const found = await requireAgreement(ctx, council);
  const { agreement } = found;
  const returns = await listReturnRows(ctx.db, council.id);
  const projectionVersion =
    options.projectionVersion ??
    returns
      .map((r) => r.quarterlyReturn.projectionVersion)
      .filter((v): v is string => v !== null)
      .at(-1) ??
    null;
  const revisions = await agreementRevisions(ctx.db, found.id);
  return {
    agreement,
    payments: paymentSummary(agreement),
    deficitProfile: await deficitSeries(ctx, council, agreement, projectionVersion),
    // The row versions an edit sends back: the agreement's, and each instalment's by "year instalment".
    revision: revisions.agreement.revision,
    paymentRevisions: Object.fromEntries([...revisions.payments].map(([key, v]) => [key, v.revision])),
  };
}

/** Records (or replaces) the council's agreement whole; finance or admin; audited with before and after. */
export async function saveAgreement(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
): Promise<SafetyValveAgreement> {
  const { expected, rest } = takeExpectedRevision(input);
  const agreement: SafetyValveAgreement = parseInput(agreementInput, rest);
  checkAgreement(agreement);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const unknown = await unknownVersions(trx, council, [
      { field: 'agreedVersion', name: agreement.agreedVersion },
    ]);
    if (unknown.length > 0)
      throw new ValidationError(
        `${unknown[0]!.message}: import or copy it first, or name one the council holds. Nothing was saved.`,
        'agreedVersion',
      );
    const before = await findAgreement(trx, council.id);
    if (before) await lockAgreement(trx, before.id);
    requireFresh(
      expected,
      before && (await agreementRevisions(trx, before.id)).agreement,
      `the Safety Valve agreement`,
      before?.agreement ?? null,
    );
    await writeAgreement(trx, council.id, agreement, ctx.now(), actorLabel(actor).email);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'create',
      entity: 'safety-valve-agreement',
      entityId: council.code,
      before: before ? { ...before.agreement } : null,
      after: { ...agreement },
    });
    return agreement;
  });
}

const paymentChange = paymentInput.omit({ year: true, instalment: true });

/**
 * Records one DfE instalment (planned, received, withheld, dates), adding it when new; finance or admin;
 * audited with the previous record.
 */
export async function recordPayment(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  year: string,
  instalment: string,
  input: unknown,
): Promise<AgreementPayment & { revision: number }> {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(paymentChange, rest);
  const payment: AgreementPayment = {
    ...parseInput(z.object({ year: paymentInput.shape.year, instalment: paymentInput.shape.instalment }), {
      year,
      instalment,
    }),
    ...data,
  };
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const { id, agreement } = await requireAgreement({ ...ctx, db: trx }, council);
    await lockAgreement(trx, id);
    checkPayment(agreement, payment, 'payment');
    const index = agreement.payments.findIndex(
      (p) => p.year === payment.year && p.instalment === payment.instalment,
    );
    const before = index >= 0 ? agreement.payments[index]! : null;
    const revisions = await agreementRevisions(trx, id);
    requireFresh(
      expected,
      revisions.payments.get(`${payment.year} ${payment.instalment}`),
      `the ${payment.year} instalment "${payment.instalment}"`,
      before,
    );
    const who = { updated_by: actorLabel(actor).email, updated_at: ctx.now() };
    const row = { ...paymentRow(id, payment, index >= 0 ? index : agreement.payments.length), ...who };
    const { revision } = await trx
      .insertInto('sv_payments')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['agreement_id', 'financial_year', 'instalment'])
          .doUpdateSet({ ...row, revision: sql<number>`sv_payments.revision + 1` }),
      )
      .returning('revision')
      .executeTakeFirstOrThrow();
    // The whole agreement changed with it: a stale save of the whole agreement must not undo this.
    await trx
      .updateTable('sv_agreements')
      .set({ revision: sql<number>`revision + 1`, ...who })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'create',
      entity: 'safety-valve-payment',
      entityId: `${payment.year} ${payment.instalment}`,
      before: before ? { ...before } : null,
      after: { ...payment },
    });
    return { ...payment, revision };
  });
}

// What the web receives and sends.
/** The agreement (pence), payment totals by year and the deficit profile series. */
export type AgreementView = Awaited<ReturnType<typeof getAgreement>>;
/** One DfE instalment as recorded (pence). */
export type AgreementPaymentView = AgreementView['agreement']['payments'][number];
/** A change to one instalment: amounts in pounds, dates, note. */
export type PaymentInput = z.input<typeof paymentChange>;
/** One instalment as recorded, with its revision (sent back with the next change). */
export type RecordedPaymentView = Awaited<ReturnType<typeof recordPayment>>;
