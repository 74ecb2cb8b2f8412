import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import {
  applyModelledCost,
  lineKindNames,
  pushPreview,
  type LineKind,
  type ModelledLine,
  type PushPreviewYear,
  type ReplacedLine,
} from '../../core/finance';
import type { FinancialYear } from '../../core/periods';
import { loadPlanVersion, touchPlanVersion, type StoredVersion } from '../../db/planRepository';
import type { Database } from '../../db/schema';
import { actorLabel, recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { ConflictError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { StaleWriteError } from '../rowVersion';
import { requireEditableVersion, stampOf } from './versions';

// Pushing a modelled cost into a plan version (a forecast run's projected cost today; the local SEND
// reform plan's unmitigated demand and mitigations next): preview first, then confirm with the preview's
// token. The push replaces the lines the model stands for in the years it models and writes the model's
// lines, each carrying a link to its source and to what it replaced. Pushing again from the same source
// rewrites the lines it wrote, never adds a second set.

/** Where a modelled cost comes from: `key` is the same on every push from the source (e.g. "forecast"). */
export interface ModelledCostSource {
  key: string;
  /** In words, for labels, the audit and messages: "forecast run 3". */
  description: string;
  /** What a person needs to find it again, e.g. `{ run: 3 }`. */
  detail: Record<string, unknown>;
}

/** A push as a use case asks for it. */
export interface ModelledCostRequest {
  versionName: string;
  source: ModelledCostSource;
  lines: ModelledLine[];
  years: FinancialYear[];
  /** The lines the council says the model stands for (its own earlier lines are added by themselves). */
  replace: string[];
  /** The kinds of line the model may stand for (a forecast: spending, i.e. expenditure and pressure). */
  replaceableKinds: readonly LineKind[];
}

/** What a line written by a push remembers (the `pushed` column). */
export interface PushLink {
  source: string;
  description: string;
  detail: Record<string, unknown>;
  pushedAt: string;
  pushedBy: string;
  /** Every line's amounts it has replaced, over all pushes from this source (oldest first). */
  replaced: ReplacedLine[];
}

/** The preview (and the answer of a confirmed push). */
export interface ModelledCostPreview {
  version: string;
  /** Send it back to confirm: a push whose version changed since the preview is refused. */
  token: string;
  source: { description: string; detail: Record<string, unknown> };
  lines: ModelledLine[];
  replaces: ReplacedLine[];
  years: PushPreviewYear[];
}

const tokenOf = (version: StoredVersion) => `${version.id}.${version.revision}`;

/** The lines a version holds from earlier pushes of this source, with their links. */
async function earlierPushes(db: Kysely<Database>, versionId: number, sourceKey: string) {
  const rows = await db
    .selectFrom('plan_lines')
    .select(['line_key', 'pushed'])
    .where('version_id', '=', versionId)
    .where('pushed', 'is not', null)
    .execute();
  return rows
    .map((r) => ({ id: r.line_key, link: r.pushed as PushLink }))
    .filter((r) => r.link.source === sourceKey);
}

/**
 * Works out a push without writing it (call in a transaction when it is to be applied): checks every
 * line named, and returns the version's figures before and after with the token that confirms it.
 */
async function plan(trx: Kysely<Database>, council: Council, request: ModelledCostRequest) {
  const version = await requireEditableVersion(trx, council, request.versionName);
  const before = await loadPlanVersion(trx, council.code, version.id);
  const earlier = await earlierPushes(trx, version.id, request.source.key);
  const own = new Set(earlier.map((e) => e.id));
  const byId = new Map(before.lines.map((l) => [l.id, l]));
  const name = request.versionName;
  const spend = request.replaceableKinds.map((k) => lineKindNames[k].toLowerCase()).join(' or ');
  request.replace.forEach((id, i) => {
    const line = byId.get(id);
    const field = `replace.${i}`;
    if (!line)
      throw new ValidationError(
        `${field}: "${name}" has no line ${id}. Its ${spend} lines are ${listOf(before.lines, request.replaceableKinds)}.`,
        field,
      );
    if (own.has(id)) return;
    if (line.memo)
      throw new ValidationError(`${field}: line ${id} is a memorandum line, outside the DSG totals.`, field);
    if (!request.replaceableKinds.includes(line.kind))
      throw new ValidationError(
        `${field}: line ${id} "${line.label}" is ${lineKindNames[line.kind].toLowerCase()}; ${request.source.description} stands for ${spend} only.`,
        field,
      );
  });
  for (const line of request.lines) {
    if (byId.has(line.id) && !own.has(line.id) && !request.replace.includes(line.id))
      throw new ConflictError(
        `"${name}" already has a line ${line.id} that no push from ${request.source.key} wrote: rename or remove it first.`,
      );
  }
  const replace = [...new Set([...request.replace, ...own])];
  if (replace.length === 0)
    throw new ValidationError(
      `replace: say which lines of "${name}" ${request.source.description} stands for (its ${spend} lines are ${listOf(before.lines, request.replaceableKinds)}). Adding its whole cost on top of them would count the same children twice.`,
      'replace',
    );
  const { plan: after, replaced } = applyModelledCost(before, {
    lines: request.lines,
    years: request.years,
    replace,
  });
  const preview: ModelledCostPreview = {
    version: name,
    token: tokenOf(version),
    source: { description: request.source.description, detail: request.source.detail },
    lines: request.lines,
    replaces: replaced,
    years: pushPreview(before, after, request.years),
  };
  return { version, before, after, replaced, earlier, preview };
}

function listOf(
  lines: ReadonlyArray<{ id: string; kind: LineKind; memo?: boolean }>,
  kinds: readonly LineKind[],
) {
  const ids = lines.filter((l) => kinds.includes(l.kind) && !l.memo).map((l) => l.id);
  return ids.length > 0 ? ids.join(', ') : 'none';
}

/** The preview of a push: figures per year before and after, what it replaces, and the confirming token. */
export async function previewModelledCost(
  trx: Kysely<Database>,
  council: Council,
  request: ModelledCostRequest,
): Promise<ModelledCostPreview> {
  return (await plan(trx, council, request)).preview;
}

/**
 * Applies a push previewed with `token` (call inside a transaction). A version changed since the preview
 * is refused (409) with the fresh preview, so nobody confirms figures they have not seen. Audited in pence.
 */
export async function applyModelledCostPush(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  actor: Actor,
  council: Council,
  request: ModelledCostRequest,
  token: string,
): Promise<ModelledCostPreview> {
  const worked = await plan(trx, council, request);
  const { version, before, after, replaced, earlier, preview } = worked;
  if (token !== preview.token)
    throw new StaleWriteError(
      `"${version.name}" changed after the preview was made${version.updatedBy ? ` (last by ${version.updatedBy})` : ''}: look at the new preview and confirm it again. Nothing was saved.`,
      {
        revision: version.revision,
        changedBy: version.updatedBy,
        changedAt: version.updatedAt.toISOString(),
        current: preview,
      },
    );
  const stamp = stampOf(actor, ctx.now());
  const link: PushLink = {
    source: request.source.key,
    description: request.source.description,
    detail: request.source.detail,
    pushedAt: stamp.at.toISOString(),
    pushedBy: stamp.by,
    replaced: [
      ...earlier.flatMap((e) => e.link.replaced),
      ...replaced.filter((r) => !earlier.some((e) => e.id === r.id)),
    ],
  };
  await writeLines(trx, version.id, before.lines, after.lines, link, request.lines, actor, ctx.now());
  await touchPlanVersion(trx, version.id, stamp);
  await recordAudit(trx, actor, {
    councilId: council.id,
    action: 'push',
    entity: 'plan-version',
    entityId: version.name,
    before: {
      spendBeforeSavingsPence: Object.fromEntries(
        preview.years.map((y) => [y.year, y.spendBeforeSavings.before]),
      ),
    },
    after: {
      source: request.source.description,
      lines: request.lines.map((l) => ({ id: l.id, kind: l.kind, amountsPence: l.amounts })),
      replaced: replaced.map((r) => ({ id: r.id, amountsPence: r.amounts, removed: r.removed })),
      spendBeforeSavingsPence: Object.fromEntries(
        preview.years.map((y) => [y.year, y.spendBeforeSavings.after]),
      ),
    },
  });
  return { ...preview, token: `${version.id}.${version.revision + 1}` };
}

/**
 * Writes the difference between the lines before and after: removed lines go, changed amounts are
 * written (moving each cell's revision on), the model's lines carry the push link.
 */
async function writeLines(
  trx: Kysely<Database>,
  versionId: number,
  before: ReadonlyArray<{ id: string; amounts: Partial<Record<string, number>> }>,
  after: ReadonlyArray<{
    id: string;
    kind: LineKind;
    label: string;
    links: object;
    amounts: Partial<Record<string, number>>;
  }>,
  link: PushLink,
  written: readonly ModelledLine[],
  actor: Actor,
  now: Date,
): Promise<void> {
  const who = { updated_by: actorLabel(actor).email, updated_at: now };
  const rows = await trx
    .selectFrom('plan_lines')
    .select(['id', 'line_key', 'position'])
    .where('version_id', '=', versionId)
    .execute();
  const rowOf = new Map(rows.map((r) => [r.line_key, r]));
  const kept = new Set(after.map((l) => l.id));
  for (const line of before)
    if (!kept.has(line.id))
      await trx.deleteFrom('plan_lines').where('id', '=', rowOf.get(line.id)!.id).execute();
  let position = Math.max(-1, ...rows.map((r) => r.position));
  const beforeById = new Map(before.map((l) => [l.id, l]));
  const writtenIds = new Set(written.map((l) => l.id));
  for (const line of after) {
    const old = beforeById.get(line.id);
    const isWritten = writtenIds.has(line.id);
    let id = rowOf.get(line.id)?.id;
    if (id === undefined) {
      position += 1;
      id = (
        await trx
          .insertInto('plan_lines')
          .values({
            version_id: versionId,
            line_key: line.id,
            position,
            kind: line.kind,
            label: line.label,
            links: JSON.stringify(line.links),
            memo: false,
            pushed: JSON.stringify(link),
            ...who,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else if (isWritten) {
      await trx
        .updateTable('plan_lines')
        .set({
          kind: line.kind,
          label: line.label,
          links: JSON.stringify(line.links),
          pushed: JSON.stringify(link),
          revision: sql<number>`revision + 1`,
          ...who,
        })
        .where('id', '=', id)
        .execute();
    }
    const was = old?.amounts ?? {};
    for (const year of Object.keys(was))
      if (line.amounts[year] === undefined)
        await trx
          .deleteFrom('plan_line_amounts')
          .where('line_id', '=', id)
          .where('financial_year', '=', year)
          .execute();
    for (const [year, amount] of Object.entries(line.amounts)) {
      if (amount === undefined || was[year] === amount) continue;
      await trx
        .insertInto('plan_line_amounts')
        .values({ line_id: id, financial_year: year, amount, ...who })
        .onConflict((oc) =>
          oc
            .columns(['line_id', 'financial_year'])
            .doUpdateSet({ amount, ...who, revision: sql<number>`plan_line_amounts.revision + 1` }),
        )
        .execute();
    }
  }
}
