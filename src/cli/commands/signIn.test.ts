import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../services/auth';
import { openRuntime } from '../../services/runtime';
import type { CommandIO } from '../command';
import { main } from '../main';

let dir = '';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  const code = await main([...argv, '--data', dir], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-signin-'));
  const runtime = await openRuntime({ dataDir: dir });
  try {
    for (let i = 0; i < 4; i++)
      await signIn(
        runtime.ctx,
        { email: 'someone@council.example', password: 'wrong-password' },
        '203.0.113.7',
      ).catch(() => undefined);
  } finally {
    await runtime.close();
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('highneeds signin throttles / clear', () => {
  it('lists the counters, clears an account’s, and asks for exactly one filter', async () => {
    const listed = await run(['signin', 'throttles']);
    expect(listed.code, listed.err).toBe(0);
    expect(listed.out).toMatch(/account-address\s+someone@council\.example\s+203\.0\.113\.7\s+4\s+slowed/);
    expect(listed.out).toMatch(/address\s+203\.0\.113\.7\s+4\s+counting/);
    expect((await run(['signin', 'clear'])).code).toBe(2);
    const cleared = await run(['signin', 'clear', '--email', 'someone@council.example']);
    expect(cleared.out).toBe('Cleared 2 counters.');
    expect((await run(['signin', 'throttles'])).out).not.toContain('someone@council.example');
  });
});
