import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Mitigation } from '../../core/reformPlan';
import type { Database } from '../../db/schema';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { mitigationSchema } from './mitigationInput';
import { getReformPlan, planMitigations, requirePlan } from './plans';

// A stored plan's mitigations, in the plan's stated order: added last, changed in place, moved, removed.
// The order matters (each mitigation's sequential effect is measured on top of those before it), so it
// is kept as the council states it. Every change is one transaction with its audit entry.

/** A mitigation's short id from its name ("Early help hubs" -> "early-help-hubs"). */
export const mitigationIdOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60) || 'mitigation';

/** A mitigation as sent: its id is made from its name when not given (or is the one being changed). */
const withId = (id?: string) =>
  z.preprocess((value) => {
    if (typeof value !== 'object' || value === null) return value;
    const given = value as Record<string, unknown>;
    const name = typeof given.name === 'string' ? given.name : '';
    return { ...given, id: id ?? (typeof given.id === 'string' ? given.id : mitigationIdOf(name)) };
  }, mitigationSchema);

const orderInput = z.object({ order: z.array(z.string()).min(1) }).strict();

const rowOf = (m: Mitigation) => ({
  key: m.id,
  name: m.name,
  workstream: m.workstream,
  owner: m.owner,
  start_year: m.startYear,
  phase_in: JSON.stringify(m.phaseIn),
  changes: m.changes ? JSON.stringify(m.changes) : null,
  amounts: m.amounts ? JSON.stringify(m.amounts) : null,
  illustrative: m.illustrative ?? false,
});

/** Marks the plan changed (its revision and who changed it). */
async function touchPlan(trx: Kysely<Database>, ctx: ServiceContext, actor: Actor, planId: number) {
  await trx
    .updateTable('reform_plans')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_at: ctx.now(),
      updated_by: actorLabel(actor).email,
    }))
    .where('id', '=', planId)
    .execute();
}

/** Runs a change to a plan's mitigations in one transaction with its audit entry, and answers the plan. */
async function changeMitigations(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  action: string,
  change: (trx: Kysely<Database>, mitigations: Mitigation[]) => Promise<Record<string, unknown>>,
) {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  await inTransaction(ctx, async (trx) => {
    await requirePlan(trx, council, planId);
    const after = await change(trx, await planMitigations(trx, planId));
    await touchPlan(trx, ctx, actor, planId);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action,
      entity: 'reform-plan-mitigation',
      entityId: planId,
      after,
    });
  });
  return getReformPlan(ctx, actor, code, planId);
}

const requireMitigation = (mitigations: Mitigation[], id: string) => {
  const found = mitigations.find((m) => m.id === id);
  if (!found) throw new NotFoundError(`The plan has no mitigation '${id}'.`);
  return found;
};

/** Adds a mitigation at the end of the plan's order. */
export async function addMitigation(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  input: unknown,
) {
  const mitigation = parseInput(withId(), input);
  return changeMitigations(ctx, actor, code, planId, 'create', async (trx, mitigations) => {
    if (mitigations.some((m) => m.id === mitigation.id))
      throw new ConflictError(
        `The plan already has a mitigation with the id '${mitigation.id}': give this one another name or id.`,
        'name',
      );
    await trx
      .insertInto('reform_plan_mitigations')
      .values({ plan_id: planId, position: mitigations.length, ...rowOf(mitigation) })
      .execute();
    return { mitigation: mitigation.id, position: mitigations.length + 1 };
  });
}

/** Replaces a mitigation's definition, keeping its id and its place in the order. */
export async function updateMitigation(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  id: string,
  input: unknown,
) {
  const mitigation = parseInput(withId(id), input);
  return changeMitigations(ctx, actor, code, planId, 'update', async (trx, mitigations) => {
    requireMitigation(mitigations, id);
    await trx
      .updateTable('reform_plan_mitigations')
      .set(rowOf(mitigation))
      .where('plan_id', '=', planId)
      .where('key', '=', id)
      .execute();
    return { mitigation: id };
  });
}

/** Removes a mitigation; those after it move up. */
export async function removeMitigation(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  id: string,
) {
  return changeMitigations(ctx, actor, code, planId, 'delete', async (trx, mitigations) => {
    requireMitigation(mitigations, id);
    await trx
      .deleteFrom('reform_plan_mitigations')
      .where('plan_id', '=', planId)
      .where('key', '=', id)
      .execute();
    await writeOrder(
      trx,
      planId,
      mitigations.filter((m) => m.id !== id).map((m) => m.id),
    );
    return { mitigation: id };
  });
}

/** Puts the plan's mitigations in a new order: every mitigation named once. */
export async function reorderMitigations(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  input: unknown,
) {
  const { order } = parseInput(orderInput, input);
  return changeMitigations(ctx, actor, code, planId, 'reorder', async (trx, mitigations) => {
    const ids = mitigations.map((m) => m.id);
    const missing = ids.filter((id) => !order.includes(id));
    const unknown = order.filter((id) => !ids.includes(id));
    if (missing.length > 0 || unknown.length > 0 || new Set(order).size !== order.length)
      throw new ValidationError(
        `Give every mitigation of the plan once, in the new order (${ids.join(', ')})${unknown.length > 0 ? `; the plan has no ${unknown.join(', ')}` : ''}.`,
        'order',
      );
    await writeOrder(trx, planId, order);
    return { order };
  });
}

async function writeOrder(trx: Kysely<Database>, planId: number, order: readonly string[]) {
  for (const [position, key] of order.entries())
    await trx
      .updateTable('reform_plan_mitigations')
      .set({ position })
      .where('plan_id', '=', planId)
      .where('key', '=', key)
      .execute();
}

/** A mitigation as the web sends it (money-only amounts in pounds; the id is made from the name). */
export type MitigationInput = Omit<z.input<typeof mitigationSchema>, 'id'> & { id?: string };
