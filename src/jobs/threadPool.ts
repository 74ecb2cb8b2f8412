// A fixed pool of worker threads, each running one job at a time (jobs are CPU-bound: one per core).
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** A job sent to a thread. */
export interface ThreadRequest {
  readonly id: number;
  readonly kind: string;
  readonly payload: unknown;
}

/** A thread's answer: the result, or the message of the error the handler threw. */
export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown; readonly threadId: number }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly threadId: number };

/** What a finished job reports: its result and which thread ran it. */
export interface ThreadResult {
  readonly result: unknown;
  readonly worker: string;
}

interface Task {
  request: ThreadRequest;
  started?: () => void;
  resolve: (result: ThreadResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

const entry = new URL('../../bin/job-thread.js', import.meta.url);

/** The number of threads "all threads" means on this machine. */
export const allThreads = (): number => os.availableParallelism();

/** Worker threads that run registered job kinds (src/jobs/jobKinds.ts). */
export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isSafeInteger(size) || size < 1)
      throw new RangeError(`a pool needs at least one thread, not ${size}`);
  }

  /** Runs one job on the next free thread; `started` is called when a thread takes it. */
  run(kind: string, payload: unknown, started?: () => void): Promise<ThreadResult> {
    if (this.closed) return Promise.reject(new Error('the thread pool is closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({
        request: { id: this.nextId++, kind, payload },
        resolve,
        reject,
        ...(started && { started }),
      });
      this.dispatch();
    });
  }

  /** Stops every thread; jobs still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the thread pool was closed before the job finished');
    for (const task of this.waiting.splice(0)) task.reject(stopped);
    await Promise.all(
      this.slots.splice(0).map(async (slot) => {
        slot.task?.reject(stopped);
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => s.task === undefined);
      if (!slot && this.slots.length < this.size) slot = this.startThread();
      if (!slot) return;
      const task = this.waiting.shift() as Task;
      slot.task = task;
      task.started?.();
      slot.worker.postMessage(task.request);
    }
  }

  private startThread(): Slot {
    const slot: Slot = { worker: new Worker(entry) };
    slot.worker.on('message', (reply: ThreadReply) => {
      const task = slot.task;
      if (!task || task.request.id !== reply.id) return;
      slot.task = undefined;
      const worker = `${os.hostname()}:${process.pid}:thread-${reply.threadId}`;
      if (reply.ok) task.resolve({ result: reply.result, worker });
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.task?.reject(error);
      slot.task = undefined;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', (error) => lost(error));
    slot.worker.on('exit', (code) => {
      if (!this.closed) lost(new Error(`a worker thread stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }
}
