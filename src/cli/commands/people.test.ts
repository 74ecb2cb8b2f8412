import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

function captureIO(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(stdin),
    env: { USER: 'tester' },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'highneeds user list, role, remove, reset-password',
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-people-'));
      expect(await main(['demo', 'load', '--data', dir], captureIO().io)).toBe(0);
    }, 120_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('lists the people, changes a role, resets a password and takes a role away', async () => {
      const list = captureIO();
      expect(await main(['user', 'list', '--council', '314', '--data', dir], list.io)).toBe(0);
      expect(list.out()).toContain('viewer@kingston.example');

      const role = captureIO();
      expect(
        await main(
          [
            'user',
            'role',
            '--council',
            '314',
            '--email',
            'viewer@kingston.example',
            '--role',
            'send',
            '--data',
            dir,
          ],
          role.io,
        ),
      ).toBe(0);
      expect(role.out()).toBe('viewer@kingston.example is now send in council 314.');

      const reset = captureIO('one-time-pass-3\n');
      expect(
        await main(
          [
            'user',
            'reset-password',
            '--council',
            '314',
            '--email',
            'viewer@kingston.example',
            '--password-stdin',
            '--data',
            dir,
          ],
          reset.io,
        ),
      ).toBe(0);
      expect(reset.out()).toBe('viewer@kingston.example must choose a new password at their next sign-in.');

      const remove = captureIO();
      expect(
        await main(
          ['user', 'remove', '--council', '314', '--email', 'viewer@kingston.example', '--data', dir],
          remove.io,
        ),
      ).toBe(0);
      const after = captureIO();
      await main(['user', 'list', '--council', '314', '--data', dir], after.io);
      expect(after.out()).not.toContain('viewer@kingston.example');
    });

    it('removes a placement register, and says so when there is none at the date', async () => {
      const removed = captureIO();
      expect(
        await main(
          ['placements', 'remove', '--council', '314', '--as-at', '2021-03-31', '--data', dir],
          removed.io,
        ),
      ).toBe(0);
      expect(removed.out()).toBe('Removed the placement register as at 2021-03-31 of council 314.');
      const again = captureIO();
      expect(
        await main(
          ['placements', 'remove', '--council', '314', '--as-at', '2021-03-31', '--data', dir],
          again.io,
        ),
      ).toBe(1);
      expect(again.err()).toContain('has no placement register as at 2021-03-31');
    });

    it('says what is wrong with a role that is not one', async () => {
      const c = captureIO();
      expect(
        await main(
          [
            'user',
            'role',
            '--council',
            '314',
            '--email',
            'send@kingston.example',
            '--role',
            'boss',
            '--data',
            dir,
          ],
          c.io,
        ),
      ).toBe(1);
      expect(c.err()).toContain('Choose one of the roles');
    });
  },
);
