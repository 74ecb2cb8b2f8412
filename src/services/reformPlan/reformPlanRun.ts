import { xoroshiro128plus } from 'pure-rand';
import { z } from 'zod';
import { forecastModes, type ForecastOptions } from '../../core/forecast/forecastOptions';
import { simulationStreams } from '../../core/forecast/rng';
import { applyWhatIf, planBridge, runReformPlan, type Mitigation } from '../../core/reformPlan';
import { loadPlanVersion } from '../../db/planRepository';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import {
  applyModelledCostPush,
  previewModelledCost,
  type ModelledCostPreview,
} from '../financialModel/modelledCostPush';
import { lineIdField } from '../financialModel/nameFields';
import { FrozenVersionError, requireVersion } from '../financialModel/versions';
import { loadInputSet } from '../forecasts/inputSets';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { bridgeFundingOf } from './bridgeFunding';
import { mitigationsSchema } from './mitigationInput';
import { reformPushRequest } from './planPush';

/** Most simulations a plan runs in the request; longer runs belong in the job queue. */
export const MAX_PLAN_SIMULATIONS = 2000;

/** One what-if on top of a plan (core/reformPlan/whatIf.ts). */
export const whatIfInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('requests'), percent: z.number() }).strict(),
  z.object({ kind: z.literal('conversion'), percent: z.number() }).strict(),
  z.object({ kind: z.literal('expansionLate'), mitigation: z.string() }).strict(),
  z.object({ kind: z.literal('costInflation'), percent: z.number().min(-10).max(20) }).strict(),
]);

const runInput = z
  .object({
    inputSet: z.number().int().positive(),
    mitigations: mitigationsSchema,
    simulations: z.number().int().min(1).max(MAX_PLAN_SIMULATIONS).default(200),
    seed: z.number().int().min(0).default(1),
    mode: z.enum(['default', 'witan']).default('default'),
    costInflation: z.number().min(-0.1).max(0.2).optional(),
    /** A plan version whose funding and opening balance the bridge uses. */
    version: z.string().trim().min(1).optional(),
    /** Push the plan's lines into that version (a draft). */
    push: z.boolean().default(false),
    /** With push: the version's spending lines the unmitigated demand stands for (as the forecast's push). */
    replace: z.array(lineIdField).max(200).default([]),
    /** One what-if on top of the plan (never pushed). */
    whatIf: whatIfInput.optional(),
  })
  .strict();

/**
 * Runs a reform plan on a council's forecast inputs (unmitigated and mitigated on one seed, each
 * mitigation in order and alone), builds its bridge against a plan version's funding, and, with `push`,
 * writes its lines into that draft version: the unmitigated demand as a pressure line and one saving line
 * per mitigation; pushing again updates the same lines. Frozen versions refuse.
 */
export async function runCouncilReformPlan(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const data = parseInput(runInput, input);
  const council = await requireCouncil(ctx, actor, code, data.push ? 'finance.edit' : 'council.read');
  const { inputs } = await loadInputSet(ctx, council, data.inputSet);
  let options: ForecastOptions = {
    ...forecastModes[data.mode],
    ...(data.costInflation !== undefined ? { costInflation: data.costInflation } : {}),
  };
  if (data.whatIf && data.push)
    throw new ValidationError('A what-if is for looking, not for the plan: run it without push.', 'push');
  let mitigations: Mitigation[] = data.mitigations;
  if (data.whatIf) {
    try {
      ({ options, mitigations } = applyWhatIf(options, mitigations, data.whatIf));
    } catch (error) {
      throw new ValidationError(`What-if: ${(error as Error).message}.`, 'whatIf');
    }
  }
  // The version is checked before the forecasts run, so a frozen one refuses at once.
  const version = data.version ? await requireVersion(ctx, council, data.version) : undefined;
  if (data.push && !version)
    throw new ValidationError('Name the draft plan version to push into.', 'version');
  if (data.push && version?.status === 'frozen') throw new FrozenVersionError(version.name);
  const plan = version ? await loadPlanVersion(ctx.db, council.code, version.id) : undefined;
  const run = runReformPlan({
    inputs,
    options,
    mitigations,
    simulations: data.simulations,
    streamOf: simulationStreams(xoroshiro128plus(data.seed)),
  });
  let pushed: ModelledCostPreview['lines'] = [];
  if (data.push && version) {
    // The one modelled-cost push (as stored plans and forecasts push): previewed and applied in one
    // transaction, so the preview's token is the version as it is.
    const request = reformPushRequest(version, run, mitigations, data.replace, {
      description: `reform plan run (inputs ${data.inputSet}, seed ${data.seed})`,
      detail: { inputSet: data.inputSet, seed: data.seed, simulations: data.simulations },
    });
    pushed = await inTransaction(ctx, async (trx) => {
      const tx = { ...ctx, db: trx };
      const preview = await previewModelledCost(trx, council, request);
      return (await applyModelledCostPush(tx, trx, actor, council, request, preview.token)).lines;
    });
  }
  return {
    run,
    bridge: planBridge(run, bridgeFundingOf(plan)),
    pushed: pushed.map((l) => ({ id: l.id, kind: l.kind, label: l.label, amounts: l.amounts })),
  };
}
