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
describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds reform run (Kingston demo)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-reform-'));
    expect(await main(['demo', 'load', '--data', path.join(dir, 'data')], captureIO().io)).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the bridge from unmitigated cost through each saving to the deficit', async () => {
    const file = path.join(dir, 'plan.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        inputSet: 1,
        simulations: 10,
        mitigations: [
          {
            id: 'banding',
            name: 'Top-up banding',
            workstream: 'Funding',
            owner: 'Finance lead',
            startYear: '2021-22',
            phaseIn: [1],
            amounts: { '2021-22': 100000 },
          },
        ],
      }),
    );
    const c = captureIO();
    const code = await main(
      ['reform', 'run', '--council', '314', '--plan', file, '--data', path.join(dir, 'data')],
      c.io,
    );
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    expect(c.out()).toContain('− Top-up banding');
    expect(c.out()).toContain('-£100,000');
    expect(c.out()).toContain('plan period');
  });
});
