import { z } from 'zod';
import { lineKinds } from '../../core/finance';
import { numberProblem, numberRules } from '../../core/inputs';
import { formatMoney, parseMoney, pounds } from '../../core/money';
import { parseFinancialYear } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError, ValidationError, ConflictError } from '../errors';
import type { Actor } from '../permissions';
import { labelled } from '../fieldLabels';
import { text } from '../fields';
import { parseInput } from '../validation';
import { requireEditableVersion, stampOf } from './versions';
import type { Kysely } from 'kysely';
import { touchPlanVersion } from '../../db/planRepository';
import type { Database } from '../../db/schema';
import { firstRevision, nextRevision, requireFresh, rowVersionOf, takeExpectedRevision } from '../rowVersion';
import { lineIdField } from './nameFields';

/** An amount from a form or JSON: pounds as a number or text such as "£1,234" or "(1,234)". */
const amountInPounds = labelled(
  z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      try {
        return typeof value === 'number' ? pounds(value) : parseMoney(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: `'${String(value)}' is not an amount in pounds` });
        return z.NEVER;
      }
    })
    .superRefine((pence, ctx) => {
      // Within the council bounds of core/inputs (£10 billion either way): 1e308 is a slip, not a figure.
      const problem = numberProblem(pence / 100, numberRules.councilPounds);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  'the amount',
);

const yearField = z.string().transform((value, ctx) => {
  try {
    return parseFinancialYear(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** The council and the version, locked and checked that it may change (not frozen, not held by a signed return). */
async function editableVersion(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  actor: Actor,
  code: string,
  name: string,
) {
  const council = await requireCouncil({ ...ctx, db: trx }, actor, code, 'finance.edit');
  const version = await requireEditableVersion(trx, council, name);
  return { council, version };
}

/** Every edit of a line or an amount is a change to its version: the version's revision moves on too. */
const touch = (trx: Kysely<Database>, versionId: number, actor: Actor, ctx: ServiceContext) =>
  touchPlanVersion(trx, versionId, stampOf(actor, ctx.now()));

const lineWords = (lineKey: string, name: string) => `line ${lineKey} of “${name}”`;

/** A line as a stale write's answer shows it. */
const lineNow = (line: { line_key: string; kind: string; label: string; links: unknown }) => ({
  id: line.line_key,
  kind: line.kind,
  label: line.label,
  links: line.links,
});

async function requireLine(trx: Kysely<Database>, versionId: number, lineKey: string, versionName: string) {
  const line = await trx
    .selectFrom('plan_lines')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('line_key', '=', lineKey)
    .executeTakeFirst();
  if (!line) throw new NotFoundError(`"${versionName}" has no line ${lineKey}.`);
  return line;
}

const amountInput = z.object({ year: yearField, amount: amountInPounds }).strict();

/** Sets one line's amount for one year (the grid's inline edit); audited with before and after. */
export async function setLineAmount(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  lineKey: string,
  input: unknown,
) {
  const { expected, rest } = takeExpectedRevision(input);
  const { year, amount } = parseInput(amountInput, rest);
  return inTransaction(ctx, async (trx) => {
    const { council, version } = await editableVersion(ctx, trx, actor, code, name);
    if (!version.years.includes(year))
      throw new ValidationError(
        `${year} is not one of the years of "${name}" (${version.years.join(', ')}).`,
        'year',
      );
    const line = await requireLine(trx, version.id, lineKey, name);
    const before = await trx
      .selectFrom('plan_line_amounts')
      .select(['amount', 'revision', 'updated_by', 'updated_at'])
      .where('line_id', '=', line.id)
      .where('financial_year', '=', year)
      .executeTakeFirst();
    requireFresh(
      expected,
      before && rowVersionOf(before),
      `the ${year} amount of ${lineWords(lineKey, name)}`,
      { line: lineKey, year, amount: before?.amount ?? null },
      before ? formatMoney(before.amount) : 'empty',
    );
    const saved = before
      ? await trx
          .updateTable('plan_line_amounts')
          .set({ amount, ...nextRevision(actor, ctx.now()) })
          .where('line_id', '=', line.id)
          .where('financial_year', '=', year)
          .returning('revision')
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('plan_line_amounts')
          .values({ line_id: line.id, financial_year: year, amount, ...firstRevision(actor, ctx.now()) })
          .returning('revision')
          .executeTakeFirstOrThrow();
    await touch(trx, version.id, actor, ctx);
    // Pence, whole numbers: the audit never holds pounds as floating point.
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'plan-line-amount',
      entityId: `${name} / ${lineKey} / ${year}`,
      before: { amountPence: before ? before.amount : null },
      after: { amountPence: amount },
    });
    return { line: lineKey, year, amount, revision: saved.revision };
  });
}

const linkFields = z
  .object({
    workstream: text('the workstream', { max: 200, required: false }),
    drpRef: text('the recovery plan reference', { max: 20, required: false }),
    block: text('the block', { max: 100, required: false }),
    provisionType: text('the provision type', { max: 200, required: false }),
    actionCategory: text('the action category', { max: 300, required: false }),
    s251Line: text('the S251 line', { max: 100, required: false }),
    placementCategory: text('the placement category', { max: 100, required: false }),
  })
  .partial()
  .strict();

const newLineInput = z
  .object({
    id: lineIdField.optional(),
    kind: z.enum(lineKinds, { message: `must be one of ${lineKinds.join(', ')}` }),
    label: text('the line label', { max: 500 }),
    links: linkFields.default({}),
  })
  .strict();

/** Adds a line (amounts start at nothing; set them with setLineAmount). */
export async function addLine(ctx: ServiceContext, actor: Actor, code: string, name: string, input: unknown) {
  const data = parseInput(newLineInput, input);
  return inTransaction(ctx, async (trx) => {
    const { council, version } = await editableVersion(ctx, trx, actor, code, name);
    const existing = await trx
      .selectFrom('plan_lines')
      .select(['line_key', 'position'])
      .where('version_id', '=', version.id)
      .execute();
    const lineKey = data.id ?? `L${existing.length + 1}`;
    if (existing.some((l) => l.line_key === lineKey))
      throw new ConflictError(`"${name}" already has a line ${lineKey}.`, 'id');
    const position = Math.max(-1, ...existing.map((l) => l.position)) + 1;
    await trx
      .insertInto('plan_lines')
      .values({
        version_id: version.id,
        line_key: lineKey,
        position,
        kind: data.kind,
        label: data.label,
        links: JSON.stringify(data.links),
        memo: false,
        ...firstRevision(actor, ctx.now()),
      })
      .execute();
    await touch(trx, version.id, actor, ctx);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'plan-line',
      entityId: `${name} / ${lineKey}`,
      after: { kind: data.kind, label: data.label, links: data.links },
    });
    return { id: lineKey, kind: data.kind, label: data.label, links: data.links, version: name, revision: 1 };
  });
}

const lineChanges = z
  .object({ label: text('the line label', { max: 500 }).optional(), links: linkFields.optional() })
  .strict();

/** Changes a line's label or links. */
export async function updateLine(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  lineKey: string,
  input: unknown,
) {
  const { expected, rest } = takeExpectedRevision(input);
  const changes = parseInput(lineChanges, rest);
  return inTransaction(ctx, async (trx) => {
    const { council, version } = await editableVersion(ctx, trx, actor, code, name);
    const line = await requireLine(trx, version.id, lineKey, name);
    requireFresh(expected, rowVersionOf(line), lineWords(lineKey, name), lineNow(line));
    const links = changes.links ?? line.links;
    const { revision } = await trx
      .updateTable('plan_lines')
      .set({
        label: changes.label ?? line.label,
        links: JSON.stringify(links),
        ...nextRevision(actor, ctx.now()),
      })
      .where('id', '=', line.id)
      .returning('revision')
      .executeTakeFirstOrThrow();
    await touch(trx, version.id, actor, ctx);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'plan-line',
      entityId: `${name} / ${lineKey}`,
      before: { label: line.label, links: line.links },
      after: { label: changes.label ?? line.label, links },
    });
    return { id: lineKey, label: changes.label ?? line.label, links, revision };
  });
}

/** Removes a line and its amounts (`expectedRevision`: the line's revision the client read). */
export async function removeLine(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  lineKey: string,
  options: unknown = {},
) {
  const { expected } = takeExpectedRevision(options);
  await inTransaction(ctx, async (trx) => {
    const { council, version } = await editableVersion(ctx, trx, actor, code, name);
    const line = await requireLine(trx, version.id, lineKey, name);
    requireFresh(expected, rowVersionOf(line), lineWords(lineKey, name), lineNow(line));
    await trx.deleteFrom('plan_lines').where('id', '=', line.id).execute();
    await touch(trx, version.id, actor, ctx);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'plan-line',
      entityId: `${name} / ${lineKey}`,
      before: { kind: line.kind, label: line.label },
    });
  });
}

// What the web sends and receives.
/** One amount as typed: the year and pounds ("£1,234", "(1,234)" or a number). */
export type LineAmountInput = z.input<typeof amountInput>;
/** A new line: its kind, label and links (workstream, recovery plan reference...). */
export type NewLineInput = z.input<typeof newLineInput>;
/** The line as added. */
export type NewLineView = Awaited<ReturnType<typeof addLine>>;
