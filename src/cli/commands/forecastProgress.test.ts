import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';
import { progressBar } from './forecastProgress';

const good = path.join(import.meta.dirname, '..', '..', 'io', 'witan', 'testdata', 'good');

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: {},
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

async function runJson(...extra: string[]) {
  const c = captureIO();
  const code = await main(
    ['forecast', 'run', '--witan', good, '--simulations', '60', '--seed', '5', '--format', 'json', ...extra],
    c.io,
  );
  return { code, json: c.out(), err: c.err() };
}

describe('highneeds forecast run --threads', () => {
  it('gives identical JSON on one thread and on two for a seed', async () => {
    const one = await runJson('--threads', '1');
    const two = await runJson('--threads', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.json).toBe(one.json);
    expect(await runJson()).toMatchObject({ json: one.json });
    // Not a constant: another seed gives other numbers.
    const other = captureIO();
    await main(
      [
        'forecast',
        'run',
        '--witan',
        good,
        '--simulations',
        '60',
        '--seed',
        '6',
        '--format',
        'json',
        '--threads',
        '2',
      ],
      other.io,
    );
    expect(other.out()).not.toBe(one.json);
    // No progress bar where the output is not a terminal.
    expect(two.err).not.toContain('simulations\r');
    expect(two.err).not.toContain('[#');
  });
  it('explains a bad thread count with exit code 2', async () => {
    for (const threads of ['0', '65', 'two']) {
      const c = captureIO();
      expect(await main(['forecast', 'run', '--witan', good, '--threads', threads], c.io)).toBe(2);
      expect(c.err()).toContain(`--threads must be a whole number from 1 to 64, or all, not '${threads}'.`);
    }
  });
});

describe('the progress bar', () => {
  it('redraws one line in place as simulations finish, and ends it', () => {
    const written: string[] = [];
    const bar = progressBar((t) => written.push(t), 10);
    bar(0, 1000);
    bar(1, 1000); // same percent: not redrawn
    bar(600, 1000);
    bar(1000, 1000);
    bar.finish();
    expect(written).toEqual([
      '\r[..........]   0%  0/1,000 simulations',
      '\r[######....]  60%  600/1,000 simulations',
      '\r[##########] 100%  1,000/1,000 simulations',
      '\n',
    ]);
  });
});
