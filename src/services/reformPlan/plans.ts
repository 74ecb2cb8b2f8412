import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { compareFinancialYears } from '../../core/periods';
import type { Mitigation } from '../../core/reformPlan';
import type { ReformPlanMitigationsTable, ReformPlansTable } from '../../db/reformPlanSchema';
import type { Database } from '../../db/schema';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { count, text } from '../fields';
import { scenarioInput } from '../forecasts/runOptions';
import { MAX_RUN_SIMULATIONS } from '../forecasts/runs';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { financialYearInput } from './mitigationInput';
import { latestRuns } from './planRunView';

// A council's stored local SEND reform plans (docs/reform-plan.md): the forecast a plan starts from (its
// inputs, model and scenario, seed and simulations), its plan period and the draft plan version its bridge
// takes funding from and its push writes into. Its mitigations are in planMitigations.ts; runs in planRuns.ts.

const planFields = {
  name: text('the plan’s name', { max: 120 }),
  inputSetId: z.number().int().positive(),
  mode: z.enum(['default', 'witan']),
  scenario: z.record(z.string(), z.unknown()).nullable(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  simulations: count('simulations', { min: 1, max: MAX_RUN_SIMULATIONS }),
  periodFrom: financialYearInput,
  periodUntil: financialYearInput,
  planVersion: text('the plan version’s name', { max: 120 }).nullable(),
};
const newPlanInput = z
  .object({
    ...planFields,
    mode: planFields.mode.default('default'),
    scenario: planFields.scenario.default(null),
    seed: planFields.seed.default(1),
    simulations: planFields.simulations.default(200),
    planVersion: planFields.planVersion.default(null),
  })
  .strict();
const planChangesInput = z.object(planFields).partial().strict();

type PlanRow = Selectable<ReformPlansTable>;
type MitigationRow = Selectable<ReformPlanMitigationsTable>;

/** A stored mitigation as the core takes it (amounts in pence). */
export function mitigationOf(row: MitigationRow): Mitigation {
  return {
    id: row.key,
    name: row.name,
    workstream: row.workstream,
    owner: row.owner,
    startYear: row.start_year,
    phaseIn: row.phase_in as number[],
    ...(row.changes ? { changes: row.changes as Mitigation['changes'] } : {}),
    ...(row.amounts ? { amounts: row.amounts as Mitigation['amounts'] } : {}),
    ...(row.illustrative ? { illustrative: true } : {}),
  };
}

/** The plan's mitigations in the plan's order. */
export async function planMitigations(db: Kysely<Database>, planId: number): Promise<Mitigation[]> {
  const rows = await db
    .selectFrom('reform_plan_mitigations')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  return rows.map(mitigationOf);
}

/** The council's plan with this number, or a 404 naming it. */
export async function requirePlan(db: Kysely<Database>, council: Council, id: number): Promise<PlanRow> {
  const row = await db
    .selectFrom('reform_plans')
    .selectAll()
    .where('council_id', '=', council.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`${council.name} has no reform plan ${id}.`);
  return row;
}

function summaryOf(row: PlanRow, inputSetName: string) {
  return {
    id: row.id,
    name: row.name,
    inputSet: { id: row.input_set_id, name: inputSetName },
    mode: row.mode,
    scenario: (row.scenario ?? null) as Record<string, unknown> | null,
    seed: Number(row.seed),
    simulations: row.simulations,
    period: { from: row.period_from, until: row.period_until },
    planVersion: row.plan_version,
    illustrative: row.illustrative,
    revision: row.revision,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

async function inputSetName(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom('forecast_input_sets')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? '';
}

/** Checks what a plan's settings must be together, and the council's own inputs. */
async function checkPlan(ctx: ServiceContext, council: Council, plan: z.infer<typeof newPlanInput>) {
  // Only that the inputs are the council's: loading them (every transition) would slow demo load.
  const inputs = await ctx.db
    .selectFrom('forecast_input_sets')
    .select('id')
    .where('council_id', '=', council.id)
    .where('id', '=', plan.inputSetId)
    .executeTakeFirst();
  if (!inputs) throw new NotFoundError(`${council.name} has no forecast inputs with id ${plan.inputSetId}.`);
  if (plan.scenario) scenarioInput(plan.scenario);
  if (compareFinancialYears(plan.periodFrom, plan.periodUntil) > 0)
    throw new ValidationError(
      `The plan period starts in ${plan.periodFrom}, after it ends (${plan.periodUntil}): give the first year first.`,
      'periodUntil',
    );
}

const rowValues = (plan: z.infer<typeof newPlanInput>) => ({
  name: plan.name,
  input_set_id: plan.inputSetId,
  mode: plan.mode,
  scenario: plan.scenario ? JSON.stringify(plan.scenario) : null,
  seed: plan.seed,
  simulations: plan.simulations,
  period_from: plan.periodFrom,
  period_until: plan.periodUntil,
  plan_version: plan.planVersion,
});

async function refuseTakenName(db: Kysely<Database>, council: Council, name: string, except?: number) {
  const taken = await db
    .selectFrom('reform_plans')
    .select('id')
    .where('council_id', '=', council.id)
    .where('name', '=', name)
    .executeTakeFirst();
  if (taken && taken.id !== except)
    throw new ConflictError(
      `${council.name} already has a reform plan called "${name}": choose another name.`,
      'name',
    );
}

/** Stores a new reform plan (no mitigations yet). SEND and finance staff (forecasts.run). */
export async function createReformPlan(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const data = parseInput(newPlanInput, input);
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  await checkPlan(ctx, council, data);
  const id = await inTransaction(ctx, async (trx) => {
    await refuseTakenName(trx, council, data.name);
    const row = await trx
      .insertInto('reform_plans')
      .values({ council_id: council.id, ...rowValues(data), updated_by: actorLabel(actor).email })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'reform-plan',
      entityId: row.id,
      after: { name: data.name, inputSet: data.inputSetId, period: [data.periodFrom, data.periodUntil] },
    });
    return row.id;
  });
  return getReformPlan(ctx, actor, code, id);
}

/** Changes a plan's settings (any of them). */
export async function updateReformPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  id: number,
  input: unknown,
) {
  const changes = parseInput(planChangesInput, input);
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  await inTransaction(ctx, async (trx) => {
    const before = await requirePlan(trx, council, id);
    const current = summaryOf(before, '');
    const merged = {
      name: changes.name ?? before.name,
      inputSetId: changes.inputSetId ?? before.input_set_id,
      mode: changes.mode ?? before.mode,
      scenario: changes.scenario === undefined ? current.scenario : changes.scenario,
      seed: changes.seed ?? current.seed,
      simulations: changes.simulations ?? before.simulations,
      periodFrom: changes.periodFrom ?? before.period_from,
      periodUntil: changes.periodUntil ?? before.period_until,
      planVersion: changes.planVersion === undefined ? before.plan_version : changes.planVersion,
    };
    await checkPlan({ ...ctx, db: trx }, council, merged);
    await refuseTakenName(trx, council, merged.name, id);
    await trx
      .updateTable('reform_plans')
      .set((eb) => ({
        ...rowValues(merged),
        revision: eb('revision', '+', 1),
        updated_at: ctx.now(),
        updated_by: actorLabel(actor).email,
      }))
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'reform-plan',
      entityId: id,
      before: { fields: Object.keys(changes) },
      after: { fields: Object.keys(changes) },
    });
  });
  return getReformPlan(ctx, actor, code, id);
}

/** Removes a plan with its mitigations and runs (the lines it pushed stay in the plan version). */
export async function deleteReformPlan(ctx: ServiceContext, actor: Actor, code: string, id: number) {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  await inTransaction(ctx, async (trx) => {
    const plan = await requirePlan(trx, council, id);
    await trx.deleteFrom('reform_plans').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'reform-plan',
      entityId: id,
      before: { name: plan.name },
    });
  });
  return { deleted: id };
}

/** The council's plans, newest first, without their mitigations. */
export async function listReformPlans(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const rows = await ctx.db
    .selectFrom('reform_plans')
    .selectAll()
    .where('council_id', '=', council.id)
    .orderBy('id', 'desc')
    .execute();
  return Promise.all(rows.map(async (row) => summaryOf(row, await inputSetName(ctx.db, row.input_set_id))));
}

/** One plan with its mitigations in order (amounts in pence) and its latest runs (the plan, each what-if). */
export async function getReformPlan(ctx: ServiceContext, actor: Actor, code: string, id: number) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const row = await requirePlan(ctx.db, council, id);
  return {
    ...summaryOf(row, await inputSetName(ctx.db, row.input_set_id)),
    mitigations: await planMitigations(ctx.db, id),
    runs: await latestRuns(ctx.db, id),
  };
}

// What the web receives and sends.
/** A plan in the council's list. */
export type ReformPlanSummaryView = Awaited<ReturnType<typeof listReformPlans>>[number];
/** A plan with its mitigations and latest runs. */
export type ReformPlanView = Awaited<ReturnType<typeof getReformPlan>>;
/** What a new plan takes. */
export type NewReformPlanInput = z.input<typeof newPlanInput>;
/** A change to a plan's settings. */
export type ReformPlanChanges = z.input<typeof planChangesInput>;
