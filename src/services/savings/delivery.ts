import { z } from 'zod';
import {
  deliveryOfLines,
  savingsDelivery,
  type DeliveryEntry,
  type SavingsAgainstTarget,
} from '../../core/savings';
import { parseIsoDate } from '../../core/periods';
import { loadPlanVersion } from '../../db/planRepository';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ForbiddenError, ValidationError } from '../errors';
import { varianceTolerance } from '../financialModel/comparison';
import { requireVersion } from '../financialModel/versions';
import { can, type Actor } from '../permissions';
import { financialYear, money } from '../safetyValve/inputs';
import { parseInput } from '../validation';
import { actorLabel } from '../audit';

// The delivery of each savings line over the year (delivered to date and the year's forecast, recorded as
// at a date) and which lines count towards which Safety Valve condition, so the return's "£139k of £191k"
// is drawn from the log, never typed again.

const isoDate = z.string().transform((v, ctx) => {
  try {
    return parseIsoDate(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${v} is not a date: write it as YYYY-MM-DD, e.g. 2021-05-31` });
    return z.NEVER;
  }
});

const deliveryInput = z
  .object({
    version: z.string().trim().min(1),
    financialYear,
    asAt: isoDate,
    lines: z
      .array(
        z
          .object({
            lineKey: z.string().min(1),
            delivered: money,
            forecast: money,
            note: z.string().max(2000).nullable().default(null),
          })
          .strict(),
      )
      .min(1, 'give at least one line'),
  })
  .strict();

function requireFinance(actor: Actor, council: Council): void {
  if (!can(actor, 'finance.edit', council.id))
    throw new ForbiddenError(
      `Your role in ${council.name} does not allow recording savings delivery (finance.edit).`,
    );
}

/**
 * Records what each savings line had delivered and is forecast to deliver, as at a date, for a plan
 * version's year. All or nothing: a line the version does not have as a saving is refused by name.
 * Recording again for the same line and date replaces that entry.
 */
export async function recordSavingsDelivery(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  requireFinance(actor, council);
  const d = parseInput(deliveryInput, input);
  const stored = await requireVersion(ctx, council, d.version);
  const plan = await loadPlanVersion(ctx.db, council.code, stored.id);
  const savings = new Set(plan.lines.filter((l) => l.kind === 'saving').map((l) => l.id));
  d.lines.forEach((l, i) => {
    if (!savings.has(l.lineKey))
      throw new ValidationError(
        `Line ${i + 1}: "${l.lineKey}" is not a savings line of "${d.version}". Its savings lines are: ${[...savings].join(', ')}.`,
        `lines[${i}].lineKey`,
      );
  });
  const by = actorLabel(actor).email;
  await inTransaction(ctx, async (trx) => {
    for (const l of d.lines) {
      await trx
        .deleteFrom('savings_delivery')
        .where('version_id', '=', stored.id)
        .where('line_key', '=', l.lineKey)
        .where('financial_year', '=', d.financialYear)
        .where('as_at', '=', d.asAt)
        .execute();
      await trx
        .insertInto('savings_delivery')
        .values({
          council_id: council.id,
          version_id: stored.id,
          line_key: l.lineKey,
          financial_year: d.financialYear,
          as_at: d.asAt,
          delivered: l.delivered,
          forecast: l.forecast,
          note: l.note,
          recorded_by: by,
        })
        .execute();
    }
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'savings.delivery.record',
      entity: 'plan_version',
      entityId: stored.id,
      after: {
        financialYear: d.financialYear,
        asAt: d.asAt,
        lines: d.lines.map((l) => ({ lineKey: l.lineKey, delivered: l.delivered, forecast: l.forecast })),
      },
    });
  });
}

async function entriesOf(ctx: ServiceContext, versionId: number): Promise<DeliveryEntry[]> {
  const rows = await ctx.db
    .selectFrom('savings_delivery')
    .selectAll()
    .where('version_id', '=', versionId)
    .execute();
  return rows.map((r) => ({
    lineKey: r.line_key,
    financialYear: r.financial_year,
    asAt: r.as_at,
    delivered: Number(r.delivered),
    forecast: Number(r.forecast),
    note: r.note,
  }));
}

/** A version's savings delivery for a year as at a date (role already checked by the caller). */
export async function deliveryFor(
  ctx: ServiceContext,
  council: Council,
  version: string,
  year: string,
  asAt: string,
) {
  const stored = await requireVersion(ctx, council, version);
  const plan = await loadPlanVersion(ctx.db, council.code, stored.id);
  return savingsDelivery(
    plan,
    year,
    await entriesOf(ctx, stored.id),
    asAt,
    await varianceTolerance(ctx, council),
  );
}

/** Every savings line of a version with target, delivered to date, forecast and RAG as at a date. */
export async function getSavingsDelivery(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const q = parseInput(
    z.object({ version: z.string().min(1), financialYear, asAt: isoDate }).strict(),
    input,
  );
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return { version: q.version, ...(await deliveryFor(ctx, council, q.version, q.financialYear, q.asAt)) };
}

/** Sets which savings lines count towards a Safety Valve condition (replacing any before). Audited. */
export async function setConditionSavingsLines(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  condition: string,
  lineKeys: readonly string[],
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  requireFinance(actor, council);
  await inTransaction(ctx, async (trx) => {
    await trx
      .deleteFrom('condition_savings_lines')
      .where('council_id', '=', council.id)
      .where('condition_number', '=', condition)
      .execute();
    for (const lineKey of new Set(lineKeys))
      await trx
        .insertInto('condition_savings_lines')
        .values({ council_id: council.id, condition_number: condition, line_key: lineKey })
        .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'savings.conditionLines.set',
      entity: 'condition',
      entityId: condition,
      after: { lineKeys: [...lineKeys] },
    });
  });
}

/**
 * The savings achieved against target of each condition that has lines, drawn from the delivery log of
 * the agreed version as at a date (a return's data date). Conditions without lines are absent.
 */
export async function conditionSavings(
  ctx: ServiceContext,
  council: Council,
  agreedVersion: string | null,
  year: string,
  asAt: string,
): Promise<Map<string, SavingsAgainstTarget>> {
  const links = await ctx.db
    .selectFrom('condition_savings_lines')
    .selectAll()
    .where('council_id', '=', council.id)
    .execute();
  if (links.length === 0 || !agreedVersion) return new Map();
  const delivery = await deliveryFor(ctx, council, agreedVersion, year, asAt);
  const byCondition = new Map<string, string[]>();
  for (const l of links)
    byCondition.set(l.condition_number, [...(byCondition.get(l.condition_number) ?? []), l.line_key]);
  return new Map([...byCondition].map(([c, keys]) => [c, deliveryOfLines(delivery, keys)]));
}
