import type { JobHooksByKind } from '../jobs/jobQueue';
import type { ServiceContext } from './context';
import { forecastRunChunkHooks } from './forecasts/runChunks';
import { runChunkJobKind } from './forecasts/runDispatch';
import { planForecastJobKind, reformPlanForecastHooks } from './reformPlan/planRunJobs';

/**
 * What every process that works jobs does with their results, by kind: this process's worker threads
 * (embedded database), `highneeds worker` and `highneeds serve` on the PostgreSQL queue.
 */
export function jobHooks(ctx: ServiceContext): JobHooksByKind {
  return {
    [runChunkJobKind]: forecastRunChunkHooks(ctx),
    [planForecastJobKind]: reformPlanForecastHooks(ctx),
  };
}
