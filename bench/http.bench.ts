// The HTTP API under load: a real `highneeds serve` on the embedded database with the demo council, one
// signed-in finance officer, and 200 requests in flight at a time over the API calls the pages make
// (session, councils, the model's versions and one version, checks, KPI dashboard, placements summary,
// Safety Valve agreement, forecast runs). Prints requests per second, p50 and p95 latency.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const CONCURRENCY = 200;
const REQUESTS = 2_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`highneeds serve did not answer at ${url} within 3 minutes`);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs REQUESTS requests over the paths, CONCURRENCY at a time; the latency of each and the time in all. */
async function load(url: string, cookie: string, paths: string[]) {
  const latencies: number[] = [];
  const byPath = new Map<string, number[]>();
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS) {
      const path = paths[next++ % paths.length]!;
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}${path}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (!res.ok) {
          failures += 1;
          firstFailure ??= `${path}: ${String(res.status)}`;
        }
      } catch (error) {
        // A refused or reset connection is a failure to report, not a reason to stop measuring.
        failures += 1;
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        firstFailure ??= `${path}: ${cause ?? String(error)}`;
      }
      const took = performance.now() - t0;
      latencies.push(took);
      byPath.set(path, [...(byPath.get(path) ?? []), took]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  // The slowest calls by p95, so the next person knows where to look.
  const slowest = [...byPath]
    .map(([p, l]) => ({
      path: p,
      p95: percentile(
        l.sort((a, b) => a - b),
        95,
      ),
    }))
    .sort((a, b) => b.p95 - a.p95)
    .slice(0, 3);
  return {
    slowest,
    rps: REQUESTS / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failures,
    firstFailure,
  };
}

export async function httpBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-http-'));
  const port = await freePort();
  const url = `http://localhost:${String(port)}`;
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin/highneeds.js'), 'serve', '--port', String(port), '--data', dataDir],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitForHealth(url);
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'finance@kingston.example', password: 'kingston-finance' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const versions = (await (
      await fetch(`${url}/api/councils/314/model/versions`, { headers: { cookie } })
    ).json()) as {
      versions: { name: string }[];
    };
    const version = encodeURIComponent(versions.versions[0]?.name ?? '');
    const paths = [
      '/api/session',
      '/api/councils',
      '/api/councils/314',
      '/api/councils/314/model/versions',
      `/api/councils/314/model/versions/${version}`,
      '/api/councils/314/model/checks',
      '/api/councils/314/kpis/dashboard',
      '/api/councils/314/placements/summary',
      '/api/councils/314/safety-valve/agreement',
      '/api/councils/314/forecasts/runs',
    ];
    await load(url, cookie, paths); // warm up: compile, caches, the JIT
    const result = await load(url, cookie, paths);
    print(
      `${String(REQUESTS)} GETs, ${String(CONCURRENCY)} in flight, over ${String(paths.length)} page API calls (demo council, embedded database)`,
    );
    print(
      `${result.rps.toFixed(0)} requests/s; p50 ${result.p50.toFixed(0)} ms; p95 ${result.p95.toFixed(0)} ms${result.failures ? `; ${String(result.failures)} failed (first: ${result.firstFailure ?? ''})` : ''}`,
    );
    print(
      `slowest by p95: ${result.slowest.map((s) => `${s.path.replace(/^\/api\/councils\/314/, '') || '/ (the council)'} ${s.p95.toFixed(0)} ms`).join('; ')}`,
    );
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
