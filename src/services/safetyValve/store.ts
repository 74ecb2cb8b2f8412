import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  AgreementPayment,
  Appendix,
  ConditionProgress,
  PartnerContribution,
  PaymentKind,
  QuarterlyReturn,
  Risk,
  SafetyValveAgreement,
  SignOff,
} from '../../core/safetyValve';
import type { Database } from '../../db/schema';
import type { SvReturnsTable } from '../../db/safetyValveSchema';

// The repository boundary of the Safety Valve tables: rows in, core types out (and back).

/** The council's agreement with its row id, or undefined when it has none. */
export async function findAgreement(
  db: Kysely<Database>,
  councilId: number,
): Promise<{ id: number; agreement: SafetyValveAgreement } | undefined> {
  const head = await db
    .selectFrom('sv_agreements')
    .selectAll()
    .where('council_id', '=', councilId)
    .executeTakeFirst();
  if (!head) return undefined;
  const conditions = await db
    .selectFrom('sv_conditions')
    .selectAll()
    .where('agreement_id', '=', head.id)
    .orderBy('position')
    .execute();
  const profile = await db
    .selectFrom('sv_deficit_profile')
    .selectAll()
    .where('agreement_id', '=', head.id)
    .orderBy('financial_year')
    .execute();
  const payments = await db
    .selectFrom('sv_payments')
    .selectAll()
    .where('agreement_id', '=', head.id)
    .orderBy('financial_year')
    .orderBy('position')
    .execute();
  return {
    id: head.id,
    agreement: {
      name: head.name,
      startYear: head.start_year,
      endYear: head.end_year,
      signedOn: head.signed_on,
      agreedVersion: head.agreed_version,
      totalFunding: head.total_funding === null ? null : Number(head.total_funding),
      finalPaymentYear: head.final_payment_year,
      profileBasis: head.profile_basis,
      description: head.description,
      conditions: conditions.map((c) => ({ number: c.number, title: c.title, text: c.text })),
      deficitProfile: profile.map((p) => ({ year: p.financial_year, maximum: Number(p.maximum) })),
      payments: payments.map(
        (p): AgreementPayment => ({
          year: p.financial_year,
          instalment: p.instalment,
          kind: p.kind as PaymentKind,
          planned: p.planned === null ? null : Number(p.planned),
          received: p.received === null ? null : Number(p.received),
          withheld: p.withheld === null ? null : Number(p.withheld),
          dueDate: p.due_date,
          receivedDate: p.received_date,
          note: p.note,
        }),
      ),
    },
  };
}

/**
 * Writes the agreement whole (replacing conditions, profile and payments); returns its row id. Revisions
 * move on: the agreement's, and each instalment's that existed before (so a stale instalment edit is still
 * refused after the whole agreement was saved over it).
 */
export async function writeAgreement(
  db: Kysely<Database>,
  councilId: number,
  a: SafetyValveAgreement,
  at: Date,
  by: string,
): Promise<number> {
  const columns = {
    name: a.name,
    start_year: a.startYear,
    end_year: a.endYear,
    signed_on: a.signedOn,
    agreed_version: a.agreedVersion,
    total_funding: a.totalFunding,
    final_payment_year: a.finalPaymentYear,
    profile_basis: a.profileBasis,
    description: a.description,
    updated_at: at,
    updated_by: by,
  };
  const { id } = await db
    .insertInto('sv_agreements')
    .values({ council_id: councilId, ...columns })
    .onConflict((oc) =>
      oc.column('council_id').doUpdateSet({ ...columns, revision: sql<number>`sv_agreements.revision + 1` }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const previous = new Map(
    (
      await db
        .selectFrom('sv_payments')
        .select(['financial_year', 'instalment', 'revision'])
        .where('agreement_id', '=', id)
        .execute()
    ).map((p) => [`${p.financial_year} ${p.instalment}`, p.revision]),
  );
  for (const table of ['sv_conditions', 'sv_deficit_profile', 'sv_payments'] as const)
    await db.deleteFrom(table).where('agreement_id', '=', id).execute();
  if (a.conditions.length > 0)
    await db
      .insertInto('sv_conditions')
      .values(
        a.conditions.map((c, position) => ({
          agreement_id: id,
          number: c.number,
          position,
          title: c.title,
          text: c.text,
        })),
      )
      .execute();
  if (a.deficitProfile.length > 0)
    await db
      .insertInto('sv_deficit_profile')
      .values(a.deficitProfile.map((p) => ({ agreement_id: id, financial_year: p.year, maximum: p.maximum })))
      .execute();
  if (a.payments.length > 0)
    await db
      .insertInto('sv_payments')
      .values(
        a.payments.map((p, position) => ({
          ...paymentRow(id, p, position),
          revision: (previous.get(`${p.year} ${p.instalment}`) ?? 0) + 1,
          updated_by: by,
          updated_at: at,
        })),
      )
      .execute();
  return id;
}

/** The columns of one instalment. */
export function paymentRow(agreementId: number, p: AgreementPayment, position: number) {
  return {
    agreement_id: agreementId,
    financial_year: p.year,
    instalment: p.instalment,
    position,
    kind: p.kind,
    planned: p.planned,
    received: p.received,
    withheld: p.withheld,
    due_date: p.dueDate,
    received_date: p.receivedDate,
    note: p.note,
  };
}

/** A stored return with its row id and times. */
export interface StoredReturn {
  id: number;
  updatedAt: Date;
  /** The row version: bumped by every write (edits, sign-offs, reopening). */
  revision: number;
  updatedBy: string | null;
  quarterlyReturn: QuarterlyReturn;
}

function toReturn(row: Selectable<SvReturnsTable>): StoredReturn {
  return {
    id: row.id,
    updatedAt: row.updated_at,
    revision: row.revision,
    updatedBy: row.updated_by,
    quarterlyReturn: {
      period: row.period,
      financialYear: row.period.slice(0, 7),
      dataDate: row.data_date,
      dateSubmitted: row.date_submitted,
      kpiPeriod: row.kpi_period,
      projectionVersion: row.projection_version,
      summary: row.summary,
      conditions: row.conditions as ConditionProgress[],
      partnerContributions: row.partner_contributions as PartnerContribution[],
      risks: row.risks as Risk[],
      appendices: row.appendices as Appendix[],
      ehcpKpis: row.ehcp_kpis as string[],
      s151SignOff: (row.s151_sign_off as SignOff | null) ?? null,
      dcsSignOff: (row.dcs_sign_off as SignOff | null) ?? null,
    },
  };
}

/** The council's return for a period, if there is one. */
export async function findReturn(
  db: Kysely<Database>,
  councilId: number,
  period: string,
): Promise<StoredReturn | undefined> {
  const row = await db
    .selectFrom('sv_returns')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row && toReturn(row);
}

/** Every return of the council, oldest period first. */
export async function listReturnRows(db: Kysely<Database>, councilId: number): Promise<StoredReturn[]> {
  const rows = await db
    .selectFrom('sv_returns')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('period')
    .execute();
  return rows.map(toReturn);
}

const json = (v: unknown) => JSON.stringify(v);

/** The columns of a return's content and sign-offs (insert or update). */
export function returnColumns(r: QuarterlyReturn, at: Date) {
  return {
    data_date: r.dataDate,
    date_submitted: r.dateSubmitted,
    kpi_period: r.kpiPeriod,
    projection_version: r.projectionVersion,
    summary: r.summary,
    conditions: json(r.conditions),
    partner_contributions: json(r.partnerContributions),
    risks: json(r.risks),
    appendices: json(r.appendices),
    ehcp_kpis: json(r.ehcpKpis),
    s151_sign_off: r.s151SignOff ? json(r.s151SignOff) : null,
    dcs_sign_off: r.dcsSignOff ? json(r.dcsSignOff) : null,
    updated_at: at,
  };
}

/** The row versions of the agreement: its own, and each instalment's by "year instalment". */
export async function agreementRevisions(db: Kysely<Database>, agreementId: number) {
  const head = await db
    .selectFrom('sv_agreements')
    .select(['revision', 'updated_by', 'updated_at'])
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  const payments = await db
    .selectFrom('sv_payments')
    .select(['financial_year', 'instalment', 'revision', 'updated_by', 'updated_at'])
    .where('agreement_id', '=', agreementId)
    .execute();
  return {
    agreement: { revision: head.revision, updatedBy: head.updated_by, updatedAt: head.updated_at },
    payments: new Map(
      payments.map((p) => [
        `${p.financial_year} ${p.instalment}`,
        { revision: p.revision, updatedBy: p.updated_by, updatedAt: p.updated_at },
      ]),
    ),
  };
}

/** Locks the agreement's row for this transaction, so writes to it and its instalments take turns. */
export async function lockAgreement(db: Kysely<Database>, agreementId: number): Promise<void> {
  await db.selectFrom('sv_agreements').select('id').where('id', '=', agreementId).forUpdate().execute();
}
