import { savingsByWorkstream, savingsSummary } from '../../core/savings';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { loadVersionPlan } from './versions';

/** A version's savings plan: workstreams with their lines and totals, and the financial summary. */
export async function savingsPlan(ctx: ServiceContext, actor: Actor, code: string, name: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const plan = await loadVersionPlan(ctx, council, name);
  return {
    version: plan.version,
    years: plan.years,
    workstreams: savingsByWorkstream(plan),
    summary: savingsSummary(plan),
  };
}

/** A version's savings plan as the Savings page shows it. */
export type SavingsPlanView = Awaited<ReturnType<typeof savingsPlan>>;
