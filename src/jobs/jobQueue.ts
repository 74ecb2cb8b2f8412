// One interface for long work, two backends: worker threads in this process (embedded, no
// DATABASE_URL) and a pg-boss queue in PostgreSQL that `highneeds worker` processes on any machine
// share. Work is submitted as a batch of jobs of one kind (JSON payloads), watched as it progresses, and
// its results come back in the order the payloads were given.

/** Where one job of a batch is. */
export type JobState = 'queued' | 'running' | 'completed' | 'failed';

/** One job's status; `worker` names the thread or process that ran it. */
export interface JobStatus {
  readonly index: number;
  readonly state: JobState;
  readonly worker?: string;
  readonly error?: string;
}

/** A batch's progress: jobs done (completed or failed) out of all of them, and each job's status. */
export interface BatchProgress {
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly jobs: readonly JobStatus[];
}

/** A submitted batch. */
export interface Batch<Result = unknown> {
  readonly id: string;
  /** A snapshot of where the batch is. */
  progress(): Promise<BatchProgress>;
  /**
   * Waits for every job; resolves with the results in payload order, or rejects with the first failure
   * (naming the job). `onProgress` is called whenever a job changes state.
   */
  results(onProgress?: (progress: BatchProgress) => void): Promise<Result[]>;
}

/** Runs SQL on a connection the caller chose (a transaction), as pg-boss's `db` option wants. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** How a batch is submitted. */
export interface SubmitOptions {
  /**
   * pg-boss: queue the jobs on this connection, inside the caller's transaction, so they exist if and
   * only if it commits. The threads queue cannot wait for a commit: submit to it after committing.
   */
  readonly within?: SqlExecutor;
}

/** A queue of jobs: `threads` (embedded) or `pg-boss` (PostgreSQL, shared by worker processes). */
export interface JobQueue {
  readonly backend: 'threads' | 'pg-boss';
  /** How many jobs this queue runs at once on this machine (0 when only other processes work it). */
  readonly concurrency: number;
  submit<Result = unknown>(
    kind: string,
    payloads: readonly unknown[],
    options?: SubmitOptions,
  ): Promise<Batch<Result>>;
  close(): Promise<void>;
}

/**
 * What the process that works a kind's jobs does around each one, in its main thread (where the database
 * is), so a job's result is kept where it belongs whichever process ran it and whoever submitted it.
 * Every hook may be called more than once for one job (a job is tried again when its worker stops), so
 * each must be idempotent.
 */
export interface JobHooks {
  /** Before the job runs: false skips it (its result is no longer wanted, e.g. its forecast run failed). */
  starting?(payload: unknown): Promise<boolean>;
  /** After it ran and before it counts as done: keep the result. A hook that throws fails the attempt. */
  completed?(payload: unknown, result: unknown, worker: string): Promise<void>;
  /** It failed for good (no attempt left), with the reason. */
  failed?(payload: unknown, reason: string): Promise<void>;
}

/** Hooks by job kind; a kind without hooks just answers its submitter. */
export type JobHooksByKind = Readonly<Record<string, JobHooks | undefined>>;

/** A failed job, reported with its position in the batch. */
export class JobFailedError extends Error {
  constructor(
    readonly kind: string,
    readonly index: number,
    reason: string,
  ) {
    super(`Job ${index + 1} (${kind}) failed: ${reason}`);
  }
}

/** Progress from a list of statuses. */
export function progressOf(jobs: readonly JobStatus[]): BatchProgress {
  const failed = jobs.filter((j) => j.state === 'failed').length;
  const completed = jobs.filter((j) => j.state === 'completed').length;
  return { total: jobs.length, done: completed + failed, failed, jobs };
}
