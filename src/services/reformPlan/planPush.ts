import { z } from 'zod';
import type { FinancialYear } from '../../core/periods';
import { pushedLines, type Mitigation, type PlanRun } from '../../core/reformPlan';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ValidationError } from '../errors';
import {
  applyModelledCostPush,
  previewModelledCost,
  type ModelledCostRequest,
} from '../financialModel/modelledCostPush';
import { lineIdField } from '../financialModel/nameFields';
import { requireVersion } from '../financialModel/versions';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import type { PlanRunResult } from './planRunView';
import { requirePlan } from './plans';

// Pushing a stored plan's latest run into its draft plan version, with the one push the forecast uses
// (financialModel/modelledCostPush.ts): preview, then confirm with the preview's token. The unmitigated
// demand is a pressure line in place of the spending lines the council says it stands for, and each
// mitigation a saving line linked to its workstream; pushing again rewrites the same lines.

const pushInput = z.object({ replace: z.array(lineIdField).max(200).default([]) }).strict();
const confirmInput = pushInput.extend({
  token: z.string().min(1, 'send the token of the preview you confirm').max(100),
});

async function reformPush(
  ctx: ServiceContext,
  council: Council,
  planId: number,
  replace: string[],
): Promise<ModelledCostRequest> {
  const plan = await requirePlan(ctx.db, council, planId);
  if (!plan.plan_version)
    throw new ValidationError(
      `Choose the draft plan version "${plan.name}" is pushed into (the plan's settings).`,
      'planVersion',
    );
  const run = await ctx.db
    .selectFrom('reform_plan_runs')
    .select(['number', 'mitigations', 'result'])
    .where('plan_id', '=', planId)
    .where('what_if', 'is', null)
    .where('status', '=', 'completed')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (!run) throw new ValidationError(`Run "${plan.name}" before pushing it: it has no completed run.`);
  const version = await requireVersion(ctx, council, plan.plan_version);
  const result = run.result as PlanRunResult;
  return reformPushRequest(version, result.run, run.mitigations as Mitigation[], replace, {
    description: `reform plan "${plan.name}", run ${run.number}`,
    detail: { plan: planId, run: run.number },
  });
}

/**
 * The modelled-cost push of a plan run into a version, for the version's years the run covers. Every
 * reform plan pushes as one source ("reform-plan"), so a push rewrites the lines the last one wrote,
 * whichever plan or run that was: a mitigation no longer in the plan loses its line.
 */
export function reformPushRequest(
  version: { name: string; years: readonly FinancialYear[] },
  run: PlanRun,
  mitigations: readonly Mitigation[],
  replace: string[],
  from: { description: string; detail: Record<string, unknown> },
): ModelledCostRequest {
  const years = version.years.filter((y) => run.unmitigated.some((u) => u.financialYear === y));
  if (years.length === 0)
    throw new ValidationError(
      `"${version.name}" covers ${version.years.join(', ')}; the plan's run covers ${run.unmitigated.map((u) => u.financialYear).join(', ')}: no year is in both.`,
      'planVersion',
    );
  return {
    versionName: version.name,
    source: { key: 'reform-plan', ...from },
    lines: pushedLines(run, mitigations, [...version.years]),
    years,
    replace,
    replaceableKinds: ['expenditure', 'pressure'],
  };
}

/** Previews pushing the plan's latest run into its draft version: figures before and after, and the token. */
export async function previewReformPlanPush(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  input: unknown,
) {
  const { replace } = parseInput(pushInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    return previewModelledCost(trx, council, await reformPush(tx, council, planId, replace));
  });
}

/** Confirms a previewed push (finance or admin; frozen or held versions and a stale preview refuse). */
export async function pushReformPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  planId: number,
  input: unknown,
) {
  const { token, replace } = parseInput(confirmInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const request = await reformPush(tx, council, planId, replace);
    return applyModelledCostPush(tx, trx, actor, council, request, token);
  });
}

/** A push: the spending lines of the version the plan's unmitigated demand stands for. */
export type ReformPushInput = z.input<typeof pushInput>;
/** A confirmed push: the same with the preview's token. */
export type ReformPushConfirmInput = z.input<typeof confirmInput>;
/** The preview (and, confirmed, what was done). */
export type ReformPushPreviewView = Awaited<ReturnType<typeof previewReformPlanPush>>;
