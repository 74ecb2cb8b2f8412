import { demoCouncil, demoUsers, loadDemo } from '../../services/demo';
import { databaseOptions, databaseUsage, type Command } from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

export const demoLoad: Command = {
  words: ['demo', 'load'],
  summary: `Load the demo council (${demoCouncil.name}) and its demo users, if not loaded yet`,
  usage: `highneeds demo load [--data DIR]\n\n${databaseUsage}`,
  options: databaseOptions,
  async run(args, io) {
    await withRuntime(args, io, async (runtime) => {
      const loaded = await loadDemo(runtime.ctx, commandLineActor(io.env), { sen2: true });
      io.out(
        loaded
          ? `Loaded the demo council ${demoCouncil.name} (${demoCouncil.code}).`
          : `The demo council ${demoCouncil.name} is already loaded.`,
      );
      io.out(demoSignIns());
    });
  },
};

/** The demo sign-ins, for printing. */
export function demoSignIns(): string {
  const width = Math.max(...demoUsers.map((u) => u.email.length));
  return [
    'Demo sign-ins:',
    ...demoUsers.map((u) => `  ${u.email.padEnd(width)}  password ${u.password}  (${u.role})`),
  ].join('\n');
}
