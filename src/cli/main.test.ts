import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../db/dataLock';
import { openRuntime } from '../services/runtime';
import { main } from './main';
import type { CommandIO } from './command';

function captureIO(stdin = '', env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(stdin),
    env: { USER: 'tester', ...env },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('highneeds command line (no database)', () => {
  it('lists every command on --help', async () => {
    const c = captureIO();
    expect(await main(['--help'], c.io)).toBe(0);
    for (const words of [
      'serve',
      'db migrate',
      'demo load',
      'council add',
      'user add',
      'user add-system-admin',
    ]) {
      expect(c.out()).toContain(`  ${words} `);
    }
  });

  it('gives each command its own --help', async () => {
    const c = captureIO();
    expect(await main(['user', 'add', '--help'], c.io)).toBe(0);
    expect(c.out()).toContain('--password-stdin');
  });

  it('explains an unknown command and an unknown option with exit code 2', async () => {
    const unknown = captureIO();
    expect(await main(['frobnicate', 'explode'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain("Unknown command 'frobnicate explode'");
    const badOption = captureIO();
    expect(await main(['db', 'migrate', '--colour'], badOption.io)).toBe(2);
    expect(badOption.err()).toMatch(/Unknown option '--colour'/);
    const group = captureIO();
    expect(await main(['user'], group.io)).toBe(2);
    expect(group.err()).toContain('user add, user add-system-admin');
  });

  it('refuses a password on the command line', async () => {
    const c = captureIO();
    expect(
      await main(['user', 'add', '--council', '314', '--role', 'finance', '--email', 'a@b.gov.uk'], c.io),
    ).toBe(2);
    expect(c.err()).toContain('--password-stdin');
  });
});

// One embedded data folder for the file (creating it takes a few seconds), unless DATABASE_URL is set,
// in which case these tests would touch that server's database and are left to the API tests.
describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds command line (embedded database)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, loads the demo once, adds a user from standard input, and audits as the command line', async () => {
    const migrate = captureIO();
    expect(await main(['db', 'migrate', '--data', dataDir], migrate.io)).toBe(0);
    expect(migrate.out()).toContain('Database is up to date (pglite');

    const first = captureIO();
    expect(await main(['demo', 'load', '--without-sen2', '--data', dataDir], first.io)).toBe(0);
    expect(first.out()).toContain('Loaded the demo council Kingston upon Thames (314).');
    expect(first.out()).toContain('finance@kingston.example');
    const again = captureIO();
    expect(await main(['demo', 'load', '--without-sen2', '--data', dataDir], again.io)).toBe(0);
    expect(again.out()).toContain('already loaded');

    const add = captureIO('a-strong-password\n');
    const args = [
      'user',
      'add',
      '--council',
      'E09000021',
      '--role',
      'send',
      '--email',
      'Lead@Kingston.gov.uk',
      '--password-stdin',
      '--data',
      dataDir,
    ];
    expect(await main(args, add.io)).toBe(0);
    expect(add.out()).toBe('lead@kingston.gov.uk is now send in council E09000021.');

    const short = captureIO('short\n');
    expect(await main([...args.slice(0, -2), '--data', dataDir], short.io)).toBe(1);
    expect(short.err()).toBe('The password must be at least 10 characters.');

    const unknown = captureIO('a-strong-password\n');
    expect(
      await main(
        [
          'user',
          'add',
          '--council',
          '999',
          '--role',
          'send',
          '--email',
          'x@y.gov.uk',
          '--password-stdin',
          '--data',
          dataDir,
        ],
        unknown.io,
      ),
    ).toBe(1);
    expect(unknown.err()).toBe('No council with code 999 is available to you.');

    const runtime = await openRuntime({ dataDir });
    try {
      const entries = await runtime.ctx.db
        .selectFrom('audit_log')
        .select(['actor_email', 'entity', 'entity_id'])
        .where('entity', '=', 'membership')
        .orderBy('id')
        .execute();
      expect(entries.at(-1)).toEqual({
        actor_email: 'command line (tester)',
        entity: 'membership',
        entity_id: 'lead@kingston.gov.uk',
      });
      expect(entries).toHaveLength(7); // six demo users and the new lead; the refused ones left nothing
    } finally {
      await runtime.close();
    }
    // Several opens of an on-disk database and a demo load with six password hashes: slow on a busy machine.
  }, 90_000);

  it('refuses a data folder owned by another live process, naming it and the pid', async () => {
    const release = lockDataFolder(dataDir, process.ppid);
    try {
      const c = captureIO();
      expect(await main(['db', 'migrate', '--data', dataDir], c.io)).toBe(1);
      expect(c.err()).toContain(
        `The data folder ${dataDir} is in use by another highneeds process (pid ${process.ppid})`,
      );
    } finally {
      fs.rmSync(path.join(dataDir, 'highneeds.pid'), { force: true });
      release();
    }
  });
});
