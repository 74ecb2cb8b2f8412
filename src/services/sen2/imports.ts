import { z } from 'zod';
import { countFindings, describeFinding, type Sen2Finding } from '../../core/sen2/finding';
import { namesInWords } from '../../core/sen2/namesInWords';
import {
  deleteReturn,
  findReturn,
  insertReturn,
  listReturns,
  type StoredReturn,
} from '../../db/sen2Repository';
import {
  addInputLinks,
  inputSetsByReturn,
  inputSetsMadeFrom,
  takeInputLinks,
} from '../../db/sen2InputLinksRepository';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, NotFoundError, ServiceError } from '../errors';
import type { Actor } from '../permissions';
import { calendarYear } from '../fields';
import { parseInput } from '../validation';
import { prepareReturn } from './prepareReturn';

/** A return with errors: every finding is listed (errors and warnings) and nothing was imported (400). */
export class Sen2ReturnInvalidError extends ServiceError {
  /** The errors as sentences ("5b placement detail, line 14, column urn ('12345'): is not a URN ..."). */
  readonly problems: string[];
  constructor(
    readonly errors: Sen2Finding[],
    readonly warnings: Sen2Finding[],
  ) {
    const problems = errors.map(describeFinding);
    super(
      `The SEN2 return has ${String(errors.length)} error${errors.length === 1 ? '' : 's'}; nothing was imported:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      400,
    );
    this.problems = problems;
  }
}

const importInput = z
  .object({
    replace: z.boolean().default(false),
    source: z.string().trim().max(200).optional(),
    /** Made-up records (the demo loader's); never set from a person's upload. */
    synthetic: z.boolean().default(false),
  })
  .strict();

/** How the API and command line show a stored return: what it is and counts, no records. */
export function returnView(r: StoredReturn) {
  return {
    collectionYear: r.collectionYear,
    referenceDate: r.referenceDate,
    source: r.source,
    synthetic: r.synthetic,
    counts: r.counts,
    unresolvedUrns: r.unresolved,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Checks a Blade export without keeping it, for the import page: every finding (an export with errors
 * answers 400 with all of them, as the import would), or its counts, its census on the reference date,
 * its warnings and whether it would replace a stored return. Findings name children only by their
 * pseudonymous ids. Only the council's key may be written (on its first use).
 */
export async function previewSen2Return(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  files: ReadonlyMap<string, string>,
) {
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  return inTransaction(ctx, async (trx) => {
    const prepared = await prepareReturn({ ...ctx, db: trx }, actor, council, files);
    if (!prepared.ret || prepared.errors.length > 0)
      throw new Sen2ReturnInvalidError(prepared.errors, prepared.warnings);
    const existing = await findReturn(trx, council.id, prepared.ret.header.collectionYear);
    return {
      collectionYear: prepared.ret.header.collectionYear,
      referenceDate: prepared.ret.header.referenceDate,
      counts: prepared.counts,
      census: prepared.census,
      warnings: prepared.warnings,
      warningsByKind: countFindings(prepared.warnings),
      unresolvedUrns: prepared.unresolved,
      replaces: existing
        ? {
            ...returnView(existing),
            // Replacing keeps them: they then count as made from this return.
            forecastInputs: (await inputSetsMadeFrom(trx, existing.id)).map((i) => i.name),
          }
        : null,
    };
  });
}

/**
 * Imports a Blade export as the council's return of its collection year: read, pseudonymised, checked;
 * any error refuses it whole (nothing saved, every finding listed). The warnings are stored beside it as
 * its data-quality report. One transaction; audited with counts only. A stored return of the same year
 * is replaced only when asked.
 */
export async function importSen2Return(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  files: ReadonlyMap<string, string>,
  input: unknown,
) {
  const { replace, source, synthetic } = parseInput(importInput, input);
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  return inTransaction(ctx, async (trx) => {
    const prepared = await prepareReturn({ ...ctx, db: trx }, actor, council, files);
    if (!prepared.ret || prepared.errors.length > 0)
      throw new Sen2ReturnInvalidError(prepared.errors, prepared.warnings);
    const year = prepared.ret.header.collectionYear;
    const existing = await findReturn(trx, council.id, year);
    if (existing && !replace)
      throw new ConflictError(
        `${council.name} already has its ${String(year)} SEN2 return. Replace it explicitly to import this one instead.`,
        'replace',
      );
    // Inputs made from the replaced return stay made from this year's return: the corrected one.
    const inputSets = existing ? await takeInputLinks(trx, existing.id) : [];
    if (existing) await deleteReturn(trx, existing.id);
    const counts = { ...prepared.counts!, warningsByKind: countFindings(prepared.warnings) };
    const returnId = await insertReturn(
      trx,
      council.id,
      {
        source: source ?? null,
        synthetic,
        createdBy: actorLabel(actor).email,
        counts,
        unresolved: prepared.unresolved,
      },
      prepared.ret,
      prepared.warnings,
    );
    await addInputLinks(
      trx,
      inputSets.map((inputSetId) => ({ inputSetId, returnId })),
    );
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'import',
      entity: 'sen2-return',
      entityId: year,
      before: existing ? { counts: existing.counts } : null,
      after: { ...prepared.counts!, synthetic },
    });
    const stored = await findReturn(trx, council.id, year);
    return { ...returnView(stored!), census: prepared.census };
  });
}

/**
 * The council's stored returns, oldest first (any role in the council: counts only), each with the names
 * of the forecast inputs made from it (which keep it from being deleted).
 */
export async function listSen2Returns(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const inputs = await inputSetsByReturn(ctx.db, council.id);
  return (await listReturns(ctx.db, council.id)).map((r) => ({
    ...returnView(r),
    forecastInputs: inputs.get(r.id) ?? [],
  }));
}

const deleteInput = z.object({ year: calendarYear('the return year') }).strict();

/**
 * Deletes the council's return of a year (those who may import) with its records and data-quality
 * findings, in one transaction; audited with counts only. Refused, naming them, while forecast inputs
 * made from it are held: they keep its figures, so the correction is importing the return in its place.
 */
export async function deleteSen2Return(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { year } = parseInput(deleteInput, input);
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  return inTransaction(ctx, async (trx) => {
    const existing = await findReturn(trx, council.id, year);
    if (!existing) throw new NotFoundError(`${council.name} has no ${String(year)} SEN2 return.`);
    const inputs = await inputSetsMadeFrom(trx, existing.id);
    if (inputs.length > 0)
      throw new ConflictError(
        `The ${String(year)} SEN2 return cannot be deleted: the forecast inputs ${namesInWords(inputs.map((i) => i.name))} were made from it and keep its figures. To correct it, import the corrected return in its place (replace the ${String(year)} return).`,
      );
    await deleteReturn(trx, existing.id);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'sen2-return',
      entityId: year,
      before: { counts: existing.counts },
    });
    return returnView(existing);
  });
}
