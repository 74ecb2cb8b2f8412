import type { Kysely, Selectable } from 'kysely';
import type { BridgeColumn, PlanRun, WhatIf } from '../../core/reformPlan';
import type { ReformPlanRunsTable } from '../../db/reformPlanSchema';
import type { Database } from '../../db/schema';

// A stored plan run as people see it: where it is (forecasts done of all), and once completed its result
// (unmitigated, mitigated, each mitigation's effect sequential and alone, the bridge).

type RunRow = Selectable<ReformPlanRunsTable>;

/** What a completed run keeps: the run in the plan period and its bridge. */
export interface PlanRunResult {
  run: PlanRun;
  bridge: BridgeColumn[];
  /** The plan version the bridge took its funding from, or null when the plan names none. */
  fundingFrom: string | null;
  /** The mitigations flagged illustrative (the demo's), so every figure of theirs can say so. */
  illustrative: string[];
}

/** The states of a run that has not finished. */
export const unfinishedRun = ['queued', 'running'] as const;

/** A run's view. */
export function planRunView(row: RunRow) {
  return {
    number: row.number,
    whatIf: (row.what_if ?? null) as WhatIf | null,
    status: row.status,
    progress: { done: Object.keys(row.forecasts as object).length, total: row.forecasts_total },
    error: row.error,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    result: (row.result ?? null) as PlanRunResult | null,
  };
}

/** The plan's latest run of the plan itself and its latest what-if run (either may be missing). */
export async function latestRuns(db: Kysely<Database>, planId: number) {
  const latest = async (whatIf: boolean) => {
    const row = await db
      .selectFrom('reform_plan_runs')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('what_if', whatIf ? 'is not' : 'is', null)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? planRunView(row) : null;
  };
  return { plan: await latest(false), whatIf: await latest(true) };
}

/** A stored plan run, as the web polls it. */
export type ReformPlanRunView = ReturnType<typeof planRunView>;
