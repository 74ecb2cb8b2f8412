import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { z } from 'zod';
import { implausibleFigure, outOfRange, parseKpiPeriod, type KpiValueRecord } from '../../core/kpi';
import { parseIsoDate } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';
import { councilForDefining, requireRecordRight } from './access';
import { findSet, loadSet, lockSet, touchSet } from './store';
import { actorLabel } from '../audit';
import { unknownVersions } from '../financialModel/versionReferences';
import { requireFresh, takeExpectedRevision } from '../rowVersion';
import { recordValueRows } from './valueRows';
import { modelReferenceProblems } from './modelReferences';

/** A period's year, or a ValidationError naming the field. */
function periodYear(period: string): string {
  try {
    return parseKpiPeriod(period).financialYear;
  } catch (error) {
    throw new ValidationError((error as Error).message, 'period');
  }
}

const rag = z.enum(['G', 'A', 'R']);
const valueInput = z
  .object({
    value: z.number().finite().nullable().optional(),
    comment: text('the comment', { max: 2000, required: false, multiline: true }).optional(),
    publishedTarget: z.number().finite().nullable().optional(),
    publishedRag: rag.nullable().optional(),
    ragOverride: z
      .object({
        rag: rag.nullable(),
        reason: text('the reason for the council’s own rating', { max: 2000, multiline: true }),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

/**
 * Records a KPI's value for a period (money in pounds, null when not available), with a comment and, if
 * the council rates it differently from the rule, an override with its reason. Finance and admin record any
 * KPI; the SEND service records the demand and compliance KPIs. A field left out keeps what was recorded
 * (so a comment on a computed KPI keeps its published figure); null, or an empty comment, clears it. Audited with the previous record.
 */
export async function recordKpiValue(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  ref: string,
  period: string,
  input: unknown,
): Promise<KpiValueRecord & { revision: number }> {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(valueInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const year = periodYear(period);
  return inTransaction(ctx, async (trx) => {
    const stored = await findSet(trx, council, year);
    if (stored) await lockSet(trx, stored.id);
    const set = stored && (await loadSet(trx, council, stored));
    const kpi = set?.kpis.find((k) => k.ref === ref);
    if (!stored || !set || !kpi) throw new NotFoundError(`${council.name} has no KPI ${ref} for ${year}.`);
    requireRecordRight(actor, council, kpi);
    for (const field of ['value', 'publishedTarget'] as const) {
      const implausible = implausibleFigure(kpi.unit, data[field]);
      if (implausible) throw new ValidationError(`${field}: KPI ${ref}: ${implausible}.`, field);
    }
    const money = (v: number | null | undefined) =>
      v === null || v === undefined || kpi.unit !== 'money' ? v : Math.round(v * 100);
    const before = set.periods.find((p) => p.period === period)?.values.find((v) => v.ref === ref);
    // A field left out keeps what was recorded (a new value must not drop the council's override); null clears it.
    const publishedTarget =
      data.publishedTarget !== undefined ? money(data.publishedTarget) : before?.publishedTarget;
    const publishedRag = data.publishedRag !== undefined ? data.publishedRag : before?.publishedRag;
    const ragOverride = data.ragOverride !== undefined ? data.ragOverride : before?.ragOverride;
    const comment = data.comment !== undefined ? data.comment : before?.comment;
    const record: KpiValueRecord = {
      ref,
      value: data.value !== undefined ? (money(data.value) ?? null) : (before?.value ?? null),
      ...(comment ? { comment } : {}),
      ...(publishedTarget !== undefined ? { publishedTarget } : {}),
      ...(publishedRag !== undefined ? { publishedRag } : {}),
      ...(ragOverride ? { ragOverride } : {}),
    };
    const problem = outOfRange(kpi, record.value);
    if (problem) throw new ValidationError(`KPI ${ref}: ${problem}.`, 'value');
    const { id } = await trx
      .selectFrom('kpi_definitions')
      .select('id')
      .where('set_id', '=', stored.id)
      .where('ref', '=', ref)
      .executeTakeFirstOrThrow();
    const row = await valueRow(trx, id, period);
    requireFresh(
      expected,
      row && { revision: row.revision, updatedBy: row.recorded_by, updatedAt: row.recorded_at },
      `the ${period} value of KPI ${ref}`,
      before ?? null,
    );
    const by = actorLabel(actor).email;
    await recordValueRows(trx, period, [{ definitionId: id, record }], ctx.now(), by);
    await touchSet(trx, stored.id, by, ctx.now());
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'record',
      entity: 'kpi-value',
      entityId: `${ref} ${period}`,
      before: before ? { ...before } : null,
      after: { ...record },
    });
    return { ...record, revision: (await valueRow(trx, id, period))!.revision };
  });
}

/** A KPI's stored record for a period: its revision, who recorded it and when. */
const valueRow = (db: Kysely<Database>, definitionId: number, period: string) =>
  db
    .selectFrom('kpi_values')
    .select(['revision', 'recorded_by', 'recorded_at'])
    .where('definition_id', '=', definitionId)
    .where('period', '=', period)
    .executeTakeFirst();

const periodInput = z
  .object({
    dataDate: z.string().optional(),
    valueVersion: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict();

/** Sets a period's data date and the plan version its computed values come from (finance, admin); audited. */
export async function setKpiPeriod(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
) {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(periodInput, rest);
  const council = await councilForDefining(ctx, actor, code);
  const year = periodYear(period);
  let dataDate: string | null = null;
  if (data.dataDate) {
    try {
      dataDate = parseIsoDate(data.dataDate);
    } catch (error) {
      throw new ValidationError((error as Error).message, 'dataDate');
    }
  }
  return inTransaction(ctx, async (trx) => {
    const stored = await findSet(trx, council, year);
    if (!stored) throw new NotFoundError(`${council.name} has no KPIs for ${year}: define them first.`);
    await lockSet(trx, stored.id);
    const row = await trx
      .selectFrom('kpi_periods')
      .select(['data_date', 'value_version', 'revision', 'updated_by', 'updated_at'])
      .where('set_id', '=', stored.id)
      .where('period', '=', period)
      .executeTakeFirst();
    requireFresh(
      expected,
      row && { revision: row.revision, updatedBy: row.updated_by, updatedAt: row.updated_at },
      `the KPI period ${period}`,
      row ? { period, dataDate: row.data_date, valueVersion: row.value_version } : null,
    );
    const unknown = await unknownVersions(trx, council, [{ field: 'valueVersion', name: data.valueVersion }]);
    if (unknown.length > 0)
      throw new ValidationError(`${unknown[0]!.message}. Nothing was saved.`, 'valueVersion');
    const set = await loadSet(trx, council, stored);
    const missing = await modelReferenceProblems({ ...ctx, db: trx }, council, set.kpis, year, null, [
      data.valueVersion,
    ]);
    if (missing.length > 0)
      throw new ValidationError(
        `valueVersion: ${missing.map((m) => m.message).join('; ')}. Nothing was saved.`,
        'valueVersion',
      );
    const by = actorLabel(actor).email;
    const settings = {
      data_date: dataDate,
      value_version: data.valueVersion ?? null,
      updated_by: by,
      updated_at: ctx.now(),
    };
    const { revision } = await trx
      .insertInto('kpi_periods')
      .values({ set_id: stored.id, period, ...settings })
      .onConflict((oc) =>
        oc
          .columns(['set_id', 'period'])
          .doUpdateSet({ ...settings, revision: sql<number>`kpi_periods.revision + 1` }),
      )
      .returning('revision')
      .executeTakeFirstOrThrow();
    await touchSet(trx, stored.id, by, ctx.now());
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'kpi-period',
      entityId: period,
      after: { dataDate, valueVersion: settings.value_version },
    });
    return { period, dataDate, valueVersion: settings.value_version, revision };
  });
}

// What the web sends and receives.
/** A KPI's value for a period (money in pounds) and comment, and the council's RAG override if any. */
export type KpiValueInput = z.input<typeof valueInput>;
/** A period's settings: the date its figures are as at and the plan version computed values come from. */
export type KpiPeriodInput = z.input<typeof periodInput>;
/** The period as saved. */
export type KpiPeriodView = Awaited<ReturnType<typeof setKpiPeriod>>;
/** A KPI's record for a period as saved, with its revision (sent back with the next change). */
export type KpiValueView = Awaited<ReturnType<typeof recordKpiValue>>;
