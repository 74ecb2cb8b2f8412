import { ServiceError } from '../services/errors';
import { DataFolderInUseError } from '../db/dataLock';
import { parseCommandArgs, UsageError, type Command, type CommandIO } from './command';
import { CommandFileError } from './fileInput';
import { councilAdd } from './commands/council';
import { dbMigrate } from './commands/db';
import { demoLoad } from './commands/demo';
import { drpCommands } from './commands/drp';
import { forecastRun } from './commands/forecast';
import { forecastBacktest } from './commands/forecastBacktest';
import { kpiCommands } from './commands/kpi';
import { modelCommands } from './commands/model';
import { nationalCommands } from './commands/national';
import { nationalForecastCommands } from './commands/nationalForecasts';
import { placementsCommands } from './commands/placements';
import { governanceCommands } from './commands/governance';
import { reportCommands } from './commands/report';
import { serveCommand } from './commands/serve';
import { userAdd, userAddSystemAdmin } from './commands/users';
import { peopleCommands } from './commands/people';
import { placementsRemove } from './commands/placementsRemove';
import { forecastJobCommands } from './commands/forecastJobs';
import { sen2Commands } from './commands/sen2';
import { signInCommands } from './commands/signIn';
import { reformRun } from './commands/reformPlan';

export const commands: Command[] = [
  serveCommand,
  dbMigrate,
  demoLoad,
  councilAdd,
  userAdd,
  userAddSystemAdmin,
  ...peopleCommands,
  ...modelCommands,
  forecastRun,
  forecastBacktest,
  ...nationalCommands,
  ...nationalForecastCommands,
  ...kpiCommands,
  ...drpCommands,
  ...placementsCommands,
  placementsRemove,
  ...reportCommands,
  ...governanceCommands,
  ...forecastJobCommands,
  ...sen2Commands,
  ...signInCommands,
  reformRun,
];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return [
    'highneeds: plan, forecast and monitor the High Needs Block of the Dedicated Schools Grant.',
    '',
    'Usage: highneeds COMMAND [options]    (highneeds COMMAND --help for its options)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Environment: DATABASE_URL=postgres://... uses that PostgreSQL server instead of the embedded database.',
  ].join('\n');
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  // Longest match first, so `user add-system-admin` is not taken for `user add`.
  const sorted = [...commands].sort((a, b) => b.words.length - a.words.length);
  for (const command of sorted) {
    if (command.words.every((word, i) => argv[i] === word))
      return { command, rest: argv.slice(command.words.length) };
  }
  return undefined;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview());
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = commands.filter((c) => c.words[0] === argv[0]);
    if (group.length > 0) {
      io.err(`highneeds ${argv[0]}: choose one of: ${group.map((c) => c.words.join(' ')).join(', ')}`);
    } else {
      io.err(`Unknown command '${argv.join(' ')}'.\n\n${overview()}`);
    }
    return 2;
  }
  const { command, rest } = found;
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.out(`${command.summary}.\n\nUsage: ${command.usage}`);
      return 0;
    }
    return (await command.run(args, io)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (
      error instanceof ServiceError ||
      error instanceof DataFolderInUseError ||
      error instanceof CommandFileError
    ) {
      io.err(error.message);
      return 1;
    }
    // Anything else is a fault in highneeds, still said in one line; HIGHNEEDS_DEBUG=1 shows where.
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `highneeds ${command.words.join(' ')} failed: ${message.split('\n')[0] ?? ''} (a fault in highneeds, not in what you gave it; run again with HIGHNEEDS_DEBUG=1 to see where).`,
    );
    if (io.env.HIGHNEEDS_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
  };
}
