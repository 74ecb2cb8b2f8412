import { z } from 'zod';
import { outOfRange, parseKpiPeriod, type KpiValueRecord } from '../../core/kpi';
import { parseIsoDate } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';
import { councilForDefining, requireRecordRight } from './access';
import { findSet, loadSet } from './store';
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
): Promise<KpiValueRecord> {
  const data = parseInput(valueInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const year = periodYear(period);
  return inTransaction(ctx, async (trx) => {
    const stored = await findSet(trx, council, year);
    const set = stored && (await loadSet(trx, council, stored));
    const kpi = set?.kpis.find((k) => k.ref === ref);
    if (!stored || !set || !kpi) throw new NotFoundError(`${council.name} has no KPI ${ref} for ${year}.`);
    requireRecordRight(actor, council, kpi);
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
    const by = actor.kind === 'user' ? actor.user.email : actor.label;
    await recordValueRows(trx, period, [{ definitionId: id, record }], ctx.now(), by);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'record',
      entity: 'kpi-value',
      entityId: `${ref} ${period}`,
      before: before ? { ...before } : null,
      after: { ...record },
    });
    return record;
  });
}

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
  const data = parseInput(periodInput, input);
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
    const set = await loadSet(trx, council, stored);
    const missing = await modelReferenceProblems({ ...ctx, db: trx }, council, set.kpis, year, null, [
      data.valueVersion,
    ]);
    if (missing.length > 0)
      throw new ValidationError(
        `valueVersion: ${missing.map((m) => m.message).join('; ')}. Nothing was saved.`,
        'valueVersion',
      );
    const settings = { data_date: dataDate, value_version: data.valueVersion ?? null };
    await trx
      .insertInto('kpi_periods')
      .values({ set_id: stored.id, period, ...settings })
      .onConflict((oc) => oc.columns(['set_id', 'period']).doUpdateSet(settings))
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'kpi-period',
      entityId: period,
      after: { dataDate, valueVersion: settings.value_version },
    });
    return { period, dataDate, valueVersion: settings.value_version };
  });
}
