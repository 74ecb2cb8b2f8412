// Killing the server (SIGKILL) mid-write loses nothing acknowledged and leaves nothing half-done: the next
// start on the same folder takes over the lock and works. Edits, a 20,000-row register import, return
// sign-offs, and a forecast run (resumed at the next start, with the numbers of an uninterrupted run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runForecast } from '../src/core/forecast/forecast';
import { defaultOptions } from '../src/core/forecast/forecastOptions';
import { streamsOfSeed } from '../src/jobs/forecastChunk';
import { demoForecastInputs } from '../src/services/forecasts/demo';
import { syntheticRegisterCsv } from '../src/testing/syntheticRegister';
import { startServer, demoUsers, type DemoUser } from './harness';

const folders: string[] = [];
/** A data folder that outlives one server, removed after the tests. */
function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hn-crash-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
const dataDir = newDataDir();

async function signIn(url: string, user: DemoUser = demoUsers.finance): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** A JSON request with a session cookie. */
async function call(url: string, cookie: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('a server killed in the middle of writes', () => {
  it('keeps every acknowledged write and starts again on the same folder', async () => {
    const first = await startServer({ dataDir });
    const cookie = await signIn(first.url);
    const amountUrl = `${first.url}/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}/lines/general-fund/amounts`;
    let acknowledged = 0;
    let stop = false;
    // Keep writing as fast as the server answers; kill it while requests are in flight.
    const writer = (async () => {
      for (let i = 1; !stop; i += 1) {
        try {
          const res = await fetch(amountUrl, {
            method: 'PUT',
            headers: { cookie, 'content-type': 'application/json' },
            body: JSON.stringify({ year: '2021-22', amount: 1_000_000 + i }),
          });
          if (res.status === 200) acknowledged = 1_000_000 + i;
        } catch {
          return; // the server is gone
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await first.crash();
    stop = true;
    await writer;
    expect(acknowledged).toBeGreaterThan(1_000_000);

    // A lock left by the killed process is taken over; the database recovers.
    const second = await startServer({ dataDir });
    try {
      const again = await signIn(second.url);
      const res = await fetch(
        `${second.url}/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}`,
        { headers: { cookie: again } },
      );
      const body = (await res.json()) as {
        plan: { lines: Array<{ id: string; amounts: Record<string, number> }> };
      };
      const saved = body.plan.lines.find((l) => l.id === 'general-fund')!.amounts['2021-22']! / 100;
      // Every write the server answered is there; one more may have committed before its answer was sent.
      expect([acknowledged, acknowledged + 1]).toContain(saved);
    } finally {
      await second.stop();
    }
  }, 180_000);
});

describe('a server killed during a 20,000-row register import', () => {
  it('reopens the folder with every acknowledged import whole and the interrupted one all there or not there', async () => {
    const folder = newDataDir();
    const first = await startServer({ dataDir: folder });
    const cookie = await signIn(first.url);
    const importUrl = (asAt: string) => `${first.url}/api/councils/314/placements/snapshots?asAt=${asAt}`;
    const register = syntheticRegisterCsv(20_000);
    const send = (asAt: string) =>
      fetch(importUrl(asAt), {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/csv' },
        body: Buffer.from(register),
      });
    // One import acknowledged in full; how long it took tells when the next one is half-way.
    const started = performance.now();
    const acknowledged = await send('2021-06-30');
    const took = performance.now() - started;
    expect(acknowledged.status).toBe(201);
    expect(await acknowledged.json()).toMatchObject({ placements: 20_000 });

    let answered = 'no answer' as number | 'no answer';
    const interrupted = send('2021-07-31').then(
      (res) => (answered = res.status),
      () => undefined, // the server is gone
    );
    await new Promise((resolve) => setTimeout(resolve, took / 2));
    await first.crash();
    await interrupted;

    const second = await startServer({ dataDir: folder });
    try {
      const again = await signIn(second.url);
      const base = `${second.url}/api/councils/314/placements`;
      const { snapshots } = (await (await call(`${base}/snapshots`, again)).json()) as {
        snapshots: Array<{ asAt: string; placements: number }>;
      };
      // The placements stored for a date: those of the register in force on it (the latest at or before it).
      const stored = async (asAt: string) =>
        (await (await call(`${base}/records?asAt=${asAt}&status=all&limit=1`, again)).json()) as {
          snapshot: { asAt: string };
          total: number;
        };
      expect(snapshots.find((s) => s.asAt === '2021-06-30')?.placements).toBe(20_000);
      expect(await stored('2021-06-30')).toMatchObject({ snapshot: { asAt: '2021-06-30' }, total: 20_000 });
      const interruptedSnapshot = snapshots.find((s) => s.asAt === '2021-07-31');
      if (answered === 201 || interruptedSnapshot) {
        // It committed (perhaps just before the kill): then all of it.
        expect(interruptedSnapshot?.placements).toBe(20_000);
        expect(await stored('2021-07-31')).toMatchObject({ snapshot: { asAt: '2021-07-31' }, total: 20_000 });
      } else {
        // Killed before it committed: none of it, and the register in force on its date is still the first.
        expect(answered).toBe('no answer');
        expect(await stored('2021-07-31')).toMatchObject({ snapshot: { asAt: '2021-06-30' }, total: 20_000 });
      }
    } finally {
      await second.stop();
    }
  }, 300_000);
});

describe('a server killed during return sign-offs', () => {
  it('keeps every acknowledged signature and reopening, and shows each signature recorded whole or not at all', async () => {
    const folder = newDataDir();
    const first = await startServer({ dataDir: folder });
    const returnUrl = (url: string) => `${url}/api/councils/314/safety-valve/returns/2021-22-Q1`;
    const [s151, dcs, admin] = await Promise.all(
      [demoUsers.s151, demoUsers.dcs, demoUsers.admin].map((u) => signIn(first.url, u)),
    );
    const auditUrl = (url: string) => `${url}/api/councils/314/audit?limit=500`;
    type Entry = { id: number; entity: string; entityId: string; action: string };
    const returnEntries = async (url: string, cookie: string) =>
      ((await (await call(auditUrl(url), cookie)).json()) as { entries: Entry[] }).entries.filter(
        (e) => e.entity === 'safety-valve-return' && e.entityId === '2021-22-Q1',
      );
    const before = (await returnEntries(first.url, admin!)).length;
    // Sign as S151 officer, as DCS (the return locks), reopen; again and again until the kill.
    const steps = [
      () => call(`${returnUrl(first.url)}/sign-off`, s151!, 'POST', { as: 's151' }),
      () => call(`${returnUrl(first.url)}/sign-off`, dcs!, 'POST', { as: 'dcs' }),
      () => call(`${returnUrl(first.url)}/reopen`, admin!, 'POST', { reason: 'crash test' }),
    ];
    let acknowledged = 0;
    let refused = '';
    let stop = false;
    const signer = (async () => {
      for (let i = 0; !stop; i += 1) {
        try {
          const res = await steps[i % 3]!();
          if (res.status !== 200) {
            refused = `step ${i}: ${res.status} ${await res.text()}`;
            return;
          }
          acknowledged = i + 1;
        } catch {
          return; // the server is gone
        }
      }
    })();
    // Kill it once a full round has been acknowledged, while the next requests are in flight.
    for (let waited = 0; acknowledged < 4 && refused === '' && waited < 60_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first.crash();
    stop = true;
    await signer;
    expect(refused).toBe('');
    expect(acknowledged).toBeGreaterThanOrEqual(4);

    const second = await startServer({ dataDir: folder });
    try {
      const viewer = await signIn(second.url, demoUsers.viewer);
      const shown = (await (await call(returnUrl(second.url), viewer)).json()) as {
        status: string;
        return: { s151SignOff: { email: string } | null; dcsSignOff: { email: string } | null };
      };
      const { s151SignOff, dcsSignOff } = shown.return;
      // Every acknowledged step is there; the one in flight may have committed before its answer was lost.
      const stepsKept =
        (await returnEntries(second.url, await signIn(second.url, demoUsers.admin))).length - before;
      expect([acknowledged, acknowledged + 1]).toContain(stepsKept);
      // What the return shows is what its audit trail says was done, in the same transaction.
      const expected = [
        { s151: null, dcs: null },
        { s151: demoUsers.s151.email, dcs: null },
        { s151: demoUsers.s151.email, dcs: demoUsers.dcs.email },
      ][stepsKept % 3]!;
      expect({ s151: s151SignOff?.email ?? null, dcs: dcsSignOff?.email ?? null }).toEqual(expected);
      expect(shown.status).toBe(['draft', 'signedByS151', 'locked'][stepsKept % 3]);
    } finally {
      await second.stop();
    }
  }, 180_000);
});

describe('a server killed during a forecast run (embedded database, worker threads)', () => {
  it('resumes the run at the next start and completes it with the numbers of an uninterrupted run', async () => {
    const folder = newDataDir();
    const first = await startServer({ dataDir: folder });
    const cookie = await signIn(first.url);
    const runs = (url: string) => `${url}/api/councils/314/forecasts/runs`;
    const { inputSets } = (await (
      await call(`${first.url}/api/councils/314/forecasts/inputs`, cookie)
    ).json()) as { inputSets: Array<{ id: number }> };
    const started = await call(runs(first.url), cookie, 'POST', {
      inputSetId: inputSets[0]!.id,
      simulations: 6000,
      seed: 314,
    });
    expect(started.status).toBe(202);
    type Shown = {
      run: { status: string; progress: { done: number; total: number }; error: string | null };
      years: unknown;
    };
    const show = async (url: string, who: string) =>
      (await (await call(`${runs(url)}/1`, who)).json()) as Shown;
    // Kill it once some chunks are stored and others are not.
    for (;;) {
      const { run } = await show(first.url, cookie);
      expect(run.status).not.toBe('failed');
      expect(run.status).not.toBe('completed');
      if (run.progress.done > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.crash();

    const second = await startServer({ dataDir: folder });
    try {
      expect(second.output()).toContain('1 forecast run was left unfinished by the last server and resumed.');
      const again = await signIn(second.url);
      let shown = await show(second.url, again);
      for (let waited = 0; shown.run.status === 'running' && waited < 240_000; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        shown = await show(second.url, again);
      }
      expect(shown.run).toMatchObject({
        status: 'completed',
        progress: { done: 6000, total: 6000 },
        error: null,
      });
      const single = runForecast(demoForecastInputs(), defaultOptions, 6000, streamsOfSeed(314));
      expect(shown.years).toEqual(JSON.parse(JSON.stringify(single.years)));
    } finally {
      await second.stop();
    }
  }, 400_000);
});
