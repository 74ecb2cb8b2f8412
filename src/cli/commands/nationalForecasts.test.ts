import { describe, expect, it } from 'vitest';
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

// The database side (scorecards, forecasts, reviews) is tested in src/services/national; here, that the
// commands are listed and check their options before opening anything.
describe('highneeds national backtest | forecast | accuracy (options)', () => {
  it('are listed in the help', async () => {
    const help = captureIO();
    expect(await main(['--help'], help.io)).toBe(0);
    for (const words of ['national backtest', 'national forecast', 'national accuracy'])
      expect(help.out()).toContain(`  ${words} `);
  });

  it.each([
    [['national', 'backtest'], '--origin is required.'],
    [
      ['national', 'backtest', '--origin', '22'],
      "--origin must be a year such as 2022 or a range such as 2016..2024, not '22'.",
    ],
    [
      ['national', 'backtest', '--origin', '2016..2024', '--series', 'under5'],
      '--series works with one origin, not a range.',
    ],
    [['national', 'backtest', '--origin', '2022', '--seed', 'x'], "--seed must be a whole number, not 'x'."],
    [
      ['national', 'backtest', '--origin', '2022', '--horizon', '9'],
      "--horizon must be 1 to 5 (years), not '9'.",
    ],
    [
      ['national', 'backtest', '--origin', '2022', '--format', 'xml'],
      "--format must be table or json, not 'xml'.",
    ],
    [['national', 'forecast'], '--council is required.'],
    [
      ['national', 'accuracy', '--council', '314', '--format', 'csv'],
      "--format must be table or json, not 'csv'.",
    ],
  ])('%j is a usage error: %s', async (argv, message) => {
    const run = captureIO();
    expect(await main(argv, run.io)).toBe(2);
    expect(run.err()).toContain(message);
  });
});
