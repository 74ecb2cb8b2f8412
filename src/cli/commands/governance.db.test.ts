import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

// An embedded data folder of its own; with DATABASE_URL set these would touch that server, so they skip.
describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds governance (Kingston demo, seed 004)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-governance-'));
    expect(await main(['demo', 'load', '--data', path.join(dir, 'data')], captureIO().io)).toBe(0);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const data = () => ['--data', path.join(dir, 'data')];

  it('records an action past its due date, lists it overdue, and marks it done', async () => {
    const add = captureIO();
    expect(
      await main(
        [
          'governance',
          'add-action',
          '--council',
          '314',
          '--title',
          'Report the banding review to the Forum',
          '--owner',
          'Head of SEND',
          '--due',
          '2021-07-01',
          ...data(),
        ],
        add.io,
      ),
    ).toBe(0);
    const id = /Recorded action (\d+): Report the banding review to the Forum\./u.exec(add.out())?.[1];
    expect(id).toBeDefined();
    const list = captureIO();
    expect(
      await main(['governance', 'list', '--council', '314', '--as-at', '2021-07-15', ...data()], list.io),
    ).toBe(0);
    expect(list.out()).toMatch(
      /Report the banding review to the Forum\s+Head of SEND\s+2021-07-01 OVERDUE\s+Open/u,
    );
    expect(list.out()).toMatch(/LGA 1: Streamline governance agendas/u);
    expect(list.out()).toMatch(/People Committee\s+Committee\s+every 6 months\s+2021-11-10 \(expected\)/u);
    const done = captureIO();
    expect(
      await main(
        ['governance', 'set-status', '--council', '314', '--id', id!, '--status', 'done', ...data()],
        done.io,
      ),
    ).toBe(0);
    expect(done.out()).toBe(`The action ${id} is now done.`);
  }, 60_000);

  it('refuses a due date that is not a date in plain words (exit 1), recording nothing', async () => {
    const before = captureIO();
    await main(['governance', 'list', '--council', '314', '--format', 'json', ...data()], before.io);
    const bad = captureIO();
    expect(
      await main(
        [
          'governance',
          'add-action',
          '--council',
          '314',
          '--title',
          'Anything',
          '--due',
          '31/07/2021',
          ...data(),
        ],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err()).toMatch(/The due date/u);
    const after = captureIO();
    await main(['governance', 'list', '--council', '314', '--format', 'json', ...data()], after.io);
    const count = (text: string) => (JSON.parse(text) as { items: unknown[] }).items.length;
    expect(count(after.out())).toBe(count(before.out()));
  }, 60_000);
});
