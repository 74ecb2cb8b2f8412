// The body of one worker thread (started through bin/job-thread.js, which loads TypeScript): it takes
// jobs from the pool one at a time and answers with the result or the error's message. It never opens
// the database: only the main thread may (DESIGN.md, PGlite has one connection).
import { parentPort, threadId } from 'node:worker_threads';
import { handleJob } from './jobKinds';
import type { ThreadRequest, ThreadReply } from './threadPool';

const port = parentPort;
if (!port) throw new Error('src/jobs/threadMain.ts runs only as a worker thread');

port.on('message', (request: ThreadRequest) => {
  handleJob(request.kind, request.payload).then(
    (result) => port.postMessage({ id: request.id, ok: true, result, threadId } satisfies ThreadReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        threadId,
      } satisfies ThreadReply),
  );
});
