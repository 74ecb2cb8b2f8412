// The kinds of long work the job queues run. A kind is a name and a handler module: JSON in, JSON out.
// Worker threads and `highneeds worker` processes load the module by name, so a payload carries only
// data, never code. Add a kind here (and its module) to run it through either queue.

/** What a kind's module exports: a function from its JSON payload to its JSON result. */
export interface JobHandlerModule {
  handle(payload: unknown): unknown;
}

/** Every kind, loaded on first use (a worker loads only the kinds it is given). */
export const jobKinds: Readonly<Record<string, () => Promise<JobHandlerModule>>> = {
  'forecast-chunk': () => import('./forecastChunk.ts'),
  // The same work for a stored run: the payload also names the run and chunk, and the services' hooks
  // store the result and put the run together (src/services/forecasts/runChunks.ts).
  'forecast-run-chunk': () => import('./forecastChunk.ts'),
  'national-backtest-council': () => import('./nationalBacktestCouncil.ts'),
  // One forecast of a reform plan run; the services' hooks keep it with the run (src/services/reformPlan).
  'reform-plan-forecast': () => import('./reformPlanForecast.ts'),
};

/** The names of every kind, e.g. for a worker to listen on all of them. */
export const jobKindNames = (): string[] => Object.keys(jobKinds);

/** Throws a message a person can act on when `kind` is not registered. */
export function requireJobKind(kind: string): () => Promise<JobHandlerModule> {
  const load = jobKinds[kind];
  if (!load) throw new Error(`There is no job kind '${kind}' (known: ${jobKindNames().join(', ')}).`);
  return load;
}

/** Runs one job of a kind in this thread (a worker thread, a worker process, or inline). */
export async function handleJob(kind: string, payload: unknown): Promise<unknown> {
  const module = await requireJobKind(kind)();
  return module.handle(payload);
}
