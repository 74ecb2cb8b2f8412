import { z } from 'zod';
import { paperTemplateIds, paperTemplates, paperWordCounts, type PaperTemplateId } from '../../core/papers';
import { compareIsoDates } from '../../core/periods';
import { undrawnBlocks } from '../../reports/papers/paperDocument';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { can, type Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';

// A council's papers: the narrative it writes for each template, dated by the figures it is as at. The
// tables and charts are never stored: they are drawn from the figures whenever the paper is rendered.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'write the date as YYYY-MM-DD, e.g. 2021-06-30');

const paperInput = z
  .object({
    template: z.enum(paperTemplateIds),
    title: text('the title', { max: 300 }),
    asAt: isoDate,
    planVersion: z.string().trim().min(1).max(200).nullable().default(null),
    status: z.enum(['draft', 'final']).default('draft'),
    narrative: z.record(z.string(), z.string().max(40_000, 'a field may hold at most 40,000 characters')),
    /** The revision the writer started from, when changing a paper: a stale one is refused. */
    revision: z.number().int().positive().optional(),
  })
  .strict();

/** A stored paper as the services give it. */
export interface StoredPaper {
  id: number;
  template: PaperTemplateId;
  title: string;
  asAt: string;
  planVersion: string | null;
  status: 'draft' | 'final';
  narrative: Record<string, string>;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

function mayWrite(actor: Actor, council: Council): boolean {
  return can(actor, 'finance.edit', council.id) || can(actor, 'send.edit', council.id);
}

async function rows(
  ctx: ServiceContext,
  council: Council,
  template?: PaperTemplateId,
): Promise<StoredPaper[]> {
  let query = ctx.db.selectFrom('papers').selectAll().where('council_id', '=', council.id);
  if (template) query = query.where('template', '=', template);
  const found = await query.orderBy('as_at').orderBy('id').execute();
  return found.map((r) => ({
    id: r.id,
    template: r.template as PaperTemplateId,
    title: r.title,
    asAt: r.as_at,
    planVersion: r.plan_version,
    status: r.status,
    narrative: r.narrative as Record<string, string>,
    revision: r.revision,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  }));
}

/** A stored paper with its word counts and the tables its template cannot draw yet (none: it exports). */
function withCounts(p: StoredPaper) {
  const template = paperTemplates[p.template];
  return { ...p, words: paperWordCounts(template, p.narrative), undrawn: undrawnBlocks(template) };
}

/** The council's papers, oldest first, each with its word counts. */
export async function listPapers(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return (await rows(ctx, council)).map(withCounts);
}

/** One paper by id, or a 404 naming it. */
export async function getPaper(ctx: ServiceContext, actor: Actor, code: string, id: number) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const paper = (await rows(ctx, council)).find((p) => p.id === id);
  if (!paper) throw new NotFoundError(`${council.name} has no paper ${id}.`);
  return withCounts(paper);
}

/** The latest paper of a template dated on or before a date (the one a command without --paper renders). */
export async function latestPaper(
  ctx: ServiceContext,
  council: Council,
  template: PaperTemplateId,
  asAt: string,
): Promise<StoredPaper | null> {
  return (
    (await rows(ctx, council, template)).filter((p) => compareIsoDates(p.asAt, asAt) <= 0).at(-1) ?? null
  );
}

/**
 * Writes a paper: a new one, or (with an id) a new revision of one. Fields the template does not have are
 * refused by name, so nothing typed is silently lost. Finance and SEND officers write papers; audited
 * with the word counts, never the text.
 */
export async function savePaper(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  id?: number,
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  if (!mayWrite(actor, council))
    throw new ForbiddenError(
      `Your role in ${council.name} does not allow writing papers (finance.edit or send.edit).`,
    );
  const p = parseInput(paperInput, input);
  const template = paperTemplates[p.template];
  const known = new Set([
    ...template.header.map((h) => h.key),
    ...template.sections.filter((s) => s.narrative).map((s) => s.key),
  ]);
  const unknown = Object.keys(p.narrative).filter((k) => !known.has(k));
  if (unknown.length > 0)
    throw new ValidationError(
      `The ${template.name.toLowerCase()} has no field "${unknown[0]}". Its fields are: ${[...known].join(', ')}.`,
      `narrative.${unknown[0]}`,
    );
  const by = actorLabel(actor).email;
  const values = {
    template: p.template,
    title: p.title,
    as_at: p.asAt,
    plan_version: p.planVersion,
    status: p.status,
    narrative: JSON.stringify(p.narrative),
    updated_by: by,
  };
  const words = paperWordCounts(template, p.narrative).map((w) => ({ field: w.key, words: w.words }));
  return inTransaction(ctx, async (trx) => {
    let paperId: number;
    if (id === undefined) {
      paperId = (
        await trx
          .insertInto('papers')
          .values({ ...values, council_id: council.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      const current = await trx
        .selectFrom('papers')
        .select(['revision', 'template'])
        .where('id', '=', id)
        .where('council_id', '=', council.id)
        .executeTakeFirst();
      if (!current) throw new NotFoundError(`${council.name} has no paper ${id}.`);
      if (p.revision !== undefined && p.revision !== current.revision)
        throw new ConflictError(
          `Paper ${id} was changed by someone else since you opened it (revision ${current.revision}, yours ${p.revision}). Reload it and make your change again.`,
        );
      await trx
        .updateTable('papers')
        .set({ ...values, revision: current.revision + 1, updated_at: ctx.now() })
        .where('id', '=', id)
        .execute();
      paperId = id;
    }
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: id === undefined ? 'paper.create' : 'paper.update',
      entity: 'paper',
      entityId: paperId,
      after: { template: p.template, title: p.title, asAt: p.asAt, status: p.status, words },
    });
    return paperId;
  });
}

/** A paper as the Reports page reads it (with its word counts). */
export type PaperView = Awaited<ReturnType<typeof getPaper>>;
/** What the Reports page sends to save a paper. */
export type PaperInput = z.input<typeof paperInput>;
