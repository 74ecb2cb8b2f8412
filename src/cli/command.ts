import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One `highneeds` command: its words, help text, options, and what it does. */
export interface Command {
  /** e.g. ['user', 'add'] */
  words: string[];
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(args: ParsedArgs, io: CommandIO): Promise<number | void>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  env: NodeJS.ProcessEnv;
}

/** A mistake in how a command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A required string option, or a UsageError naming it. */
export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Options every command that opens the database accepts. */
export const databaseOptions = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Command['options'];

export const databaseUsage = `  --data DIR   embedded database folder (default ./data, or $HIGHNEEDS_DATA)
               ignored when DATABASE_URL=postgres://... is set: then that server is used`;

export function dataDirOf(args: ParsedArgs, env: NodeJS.ProcessEnv): string {
  return optionalString(args, 'data') ?? env.HIGHNEEDS_DATA ?? 'data';
}
