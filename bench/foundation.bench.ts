// Foundation figures: embedded database start-up, sign-in cost, and API throughput through the PGlite mutex.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/server/app';
import { loadDemo } from '../src/services/demo';
import { openRuntime } from '../src/services/runtime';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function foundationBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-'));
  try {
    const [first, createMs] = await timed(() => openRuntime({ dataDir }));
    await loadDemo(first.ctx, { kind: 'system', label: 'bench' });
    await first.close();
    const [runtime, reopenMs] = await timed(() => openRuntime({ dataDir }));
    print(
      `embedded database: create + migrate ${createMs.toFixed(0)} ms; reopen + migrate ${reopenMs.toFixed(0)} ms`,
    );

    const app = createApp(runtime.ctx);
    const signInOnce = () =>
      app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'finance@kingston.example', password: 'kingston-finance' }),
      });
    const signIns = 10;
    const [responses, signInMs] = await timed(async () => {
      const all = [];
      for (let i = 0; i < signIns; i += 1) all.push(await signInOnce());
      return all;
    });
    print(`sign-in (argon2id, 19 MiB, t=2): ${(signInMs / signIns).toFixed(1)} ms each over ${signIns}`);
    const cookie = (responses[0]!.headers.get('set-cookie') ?? '').split(';')[0]!;

    const requests = 2000;
    const concurrency = 8;
    const [, apiMs] = await timed(async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const res = await app.request('/api/councils/314', { headers: { cookie } });
            if (res.status !== 200) throw new Error(`GET /api/councils/314 answered ${res.status}`);
          }
        }),
      );
    });
    print(
      `GET /api/councils/314 (session check + council, ${concurrency} at a time): ${(requests / (apiMs / 1000)).toFixed(0)} requests/s, ${(apiMs / requests).toFixed(2)} ms mean`,
    );
    const memory = process.memoryUsage();
    print(
      `memory after: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
    await runtime.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
