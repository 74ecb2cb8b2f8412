import { z } from 'zod';
import { readKpiSet, type KpiDefinition } from '../../core/kpi';
import { parseFinancialYear } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { ConflictError, NotFoundError, ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { councilForDefining, councilForReading } from './access';
import { definitionColumns, findSet, loadSet, lockSet, setRevisions, touchSet } from './store';
import { sql } from 'kysely';
import { actorLabel } from '../audit';
import { unknownVersions } from '../financialModel/versionReferences';
import { checkedRevision, requireFresh, takeExpectedRevision } from '../rowVersion';
import { recordValueRows } from './valueRows';
import { modelReferenceProblems } from './modelReferences';

/** A KPI file with problems: every one is listed (the API answers 400 with them); nothing is saved. */
export class KpiFileInvalidError extends ServiceError {
  constructor(readonly problems: string[]) {
    super(
      `The KPI file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was saved:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      400,
    );
  }
}

function yearOf(text: string): string {
  try {
    return parseFinancialYear(text);
  } catch (error) {
    throw new ValidationError((error as Error).message, 'financialYear');
  }
}

/**
 * The council's KPI set for a year (definitions, periods, values; money in pence), with the row versions
 * an edit sends back: the set's, and each definition's, period's and value's ("2021-05 14").
 */
export async function getKpiSet(ctx: ServiceContext, actor: Actor, code: string, year: string) {
  const council = await councilForReading(ctx, actor, code);
  const stored = await findSet(ctx.db, council, yearOf(year));
  if (!stored) throw new NotFoundError(`${council.name} has no KPIs for ${yearOf(year)}.`);
  const set = await loadSet(ctx.db, council, stored);
  const revisions = await setRevisions(ctx.db, stored.id);
  return { ...set, revision: revisions.set, revisions };
}

const importOptions = z
  .object({ replace: z.boolean().default(false), expectedRevision: z.unknown().optional() })
  .strict();

/**
 * Imports a KPI set file (docs/formats/kpis.md) for its financial year: definitions, periods and values.
 * All or nothing. An existing set for the year is replaced only when asked.
 */
export async function importKpiSet(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  options: unknown = {},
) {
  const { replace, expectedRevision } = parseInput(importOptions, options);
  const expected = checkedRevision(expectedRevision);
  const council = await councilForDefining(ctx, actor, code);
  const read = readKpiSet(input);
  if (!read.ok) throw new KpiFileInvalidError(read.errors.map((e) => `${e.path || '(file)'}: ${e.message}`));
  const set = read.data;
  if (set.council !== council.code && set.council !== council.newCode)
    throw new ValidationError(
      `The file is for council ${set.council}, not ${council.name} (${council.code}).`,
      'council',
    );
  const missing = await modelReferenceProblems(
    ctx,
    council,
    set.kpis,
    set.financialYear,
    set.targetVersion,
    set.periods.map((p) => p.valueVersion),
  );
  const unknown = await unknownVersions(ctx.db, council, [
    { field: 'targetVersion', name: set.targetVersion },
    ...set.periods.map((p, i) => ({ field: `periods[${i}].valueVersion`, name: p.valueVersion })),
  ]);
  const problems = [...unknown.map((u) => u.message), ...missing.map((m) => m.message)];
  if (problems.length > 0) throw new KpiFileInvalidError(problems);
  return inTransaction(ctx, async (trx) => {
    const existing = await findSet(trx, council, set.financialYear);
    if (existing && !replace)
      throw new ConflictError(
        `${council.name} already has KPIs for ${set.financialYear}. Replace them explicitly.`,
        'financialYear',
      );
    let revision = 1;
    if (existing) {
      await lockSet(trx, existing.id);
      const head = await trx
        .selectFrom('kpi_sets')
        .select(['revision', 'updated_by', 'updated_at'])
        .where('id', '=', existing.id)
        .executeTakeFirstOrThrow();
      requireFresh(
        expected,
        { revision: head.revision, updatedBy: head.updated_by, updatedAt: head.updated_at },
        `the ${set.financialYear} KPIs`,
        null,
      );
      // The replacement carries the revision on, so a client holding the old one is still told.
      revision = head.revision + 1;
      await trx.deleteFrom('kpi_sets').where('id', '=', existing.id).execute();
    } else requireFresh(expected, undefined, `the ${set.financialYear} KPIs`, null);
    const { id } = await trx
      .insertInto('kpi_sets')
      .values({
        council_id: council.id,
        financial_year: set.financialYear,
        target_version: set.targetVersion ?? null,
        default_tolerance: JSON.stringify(set.defaultTolerance),
        revision,
        updated_by: actorLabel(actor).email,
        updated_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = new Map<string, number>();
    for (const [position, kpi] of set.kpis.entries()) {
      const row = await trx
        .insertInto('kpi_definitions')
        .values({ set_id: id, ref: kpi.ref, position, ...definitionColumns(kpi), updated_at: ctx.now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(kpi.ref, row.id);
    }
    const by = actor.kind === 'user' ? actor.user.email : actor.label;
    for (const period of set.periods) {
      await trx
        .insertInto('kpi_periods')
        .values({
          set_id: id,
          period: period.period,
          data_date: period.dataDate ?? null,
          value_version: period.valueVersion ?? null,
        })
        .execute();
      await recordValueRows(
        trx,
        period.period,
        period.values.map((v) => ({ definitionId: ids.get(v.ref)!, record: v })),
        ctx.now(),
        by,
      );
    }
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'import',
      entity: 'kpi-set',
      entityId: set.financialYear,
      after: { kpis: set.kpis.length, periods: set.periods.map((p) => p.period) },
    });
    return {
      financialYear: set.financialYear,
      kpis: set.kpis.length,
      periods: set.periods.map((p) => p.period),
      revision,
    };
  });
}

const defineOptions = z
  .object({ financialYear: z.string().min(1), targetVersion: z.string().trim().min(1).max(200).optional() })
  .strict();

/**
 * Defines a KPI or replaces its definition (the body is one KPI in the file format, money in pounds),
 * creating the year's set when it is the first. Recorded values are kept. Audited with before and after.
 */
export async function defineKpi(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  options: unknown,
  input: unknown,
): Promise<KpiDefinition> {
  const { financialYear, targetVersion } = parseInput(defineOptions, options);
  const { expected, rest } = takeExpectedRevision(input);
  input = rest;
  const council = await councilForDefining(ctx, actor, code);
  const year = yearOf(financialYear);
  return inTransaction(ctx, async (trx) => {
    let stored = await findSet(trx, council, year);
    if (stored) await lockSet(trx, stored.id);
    const existing = stored ? await loadSet(trx, council, stored) : undefined;
    const unknown = await unknownVersions(trx, council, [{ field: 'targetVersion', name: targetVersion }]);
    if (unknown.length > 0)
      throw new ValidationError(`${unknown[0]!.message}. Nothing was saved.`, 'targetVersion');
    // Validate against the set's other KPIs, so a formula cannot name a KPI that does not exist.
    const ref = typeof input === 'object' && input !== null ? String((input as { ref?: unknown }).ref) : '';
    const others = (existing?.kpis ?? [])
      .filter((k) => k.ref !== ref)
      .map((k) => ({
        ref: k.ref,
        name: k.name,
        category: k.category,
        unit: k.unit,
        direction: k.direction,
        baseline: null,
        baselineDate: k.baselineDate,
        annualTarget: null,
      }));
    const read = readKpiSet({ council: council.code, financialYear: year, kpis: [...others, input] });
    if (!read.ok) {
      const first = read.errors[0]!;
      const field = first.path.replace(/^kpis\[\d+\]\.?/, '');
      throw new ValidationError(`${field ? `${field}: ` : ''}${first.message}`, field || undefined);
    }
    const kpi = read.data.kpis.at(-1)!;
    const missing = await modelReferenceProblems(
      { ...ctx, db: trx },
      council,
      [kpi],
      year,
      targetVersion ?? stored?.targetVersion,
      existing?.periods.map((p) => p.valueVersion) ?? [],
    );
    if (missing.length > 0)
      throw new ValidationError(
        `${missing[0]!.part}: ${missing.map((m) => m.message).join('; ')}. Nothing was saved.`,
        missing[0]!.part,
      );
    const refNow = read.data.kpis.at(-1)!.ref;
    const row = stored
      ? await trx
          .selectFrom('kpi_definitions')
          .select(['revision', 'updated_by', 'updated_at'])
          .where('set_id', '=', stored.id)
          .where('ref', '=', refNow)
          .executeTakeFirst()
      : undefined;
    requireFresh(
      expected,
      row && { revision: row.revision, updatedBy: row.updated_by, updatedAt: row.updated_at },
      `the definition of KPI ${refNow} for ${year}`,
      existing?.kpis.find((k) => k.ref === refNow) ?? null,
    );
    const by = actorLabel(actor).email;
    if (!stored) {
      const { id } = await trx
        .insertInto('kpi_sets')
        .values({
          council_id: council.id,
          financial_year: year,
          target_version: targetVersion ?? null,
          default_tolerance: JSON.stringify(read.data.defaultTolerance),
          updated_by: by,
          updated_at: ctx.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      stored = { id, financialYear: year, targetVersion: targetVersion ?? null };
    } else if (targetVersion && targetVersion !== stored.targetVersion) {
      await trx
        .updateTable('kpi_sets')
        .set({ target_version: targetVersion })
        .where('id', '=', stored.id)
        .execute();
    }
    const before = existing?.kpis.find((k) => k.ref === kpi.ref);
    if (before) {
      await trx
        .updateTable('kpi_definitions')
        .set({
          ...definitionColumns(kpi),
          updated_at: ctx.now(),
          updated_by: by,
          revision: sql<number>`revision + 1`,
        })
        .where('set_id', '=', stored.id)
        .where('ref', '=', kpi.ref)
        .execute();
    } else {
      await trx
        .insertInto('kpi_definitions')
        .values({
          set_id: stored.id,
          ref: kpi.ref,
          position: existing?.kpis.length ?? 0,
          ...definitionColumns(kpi),
          updated_at: ctx.now(),
          updated_by: by,
        })
        .execute();
    }
    await touchSet(trx, stored.id, by, ctx.now());
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before ? 'update' : 'define',
      entity: 'kpi',
      entityId: `${year} ${kpi.ref}`,
      before: before ? { ...before } : null,
      after: { ...kpi },
    });
    return kpi;
  });
}
