import fs from 'node:fs';
import { ServiceError } from '../services/errors';
import type { CommandIO } from './command';

// The command line's one way of reading a file it was given and of saying what is wrong with it: a
// first line that names the file and the first problem (row, column, value), then any others, exit 1,
// never a stack trace (issue 16).

/** A file a command cannot read; main prints the message as one line and exits 1. */
export class CommandFileError extends Error {}

function unreadable(file: string, error: unknown): CommandFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${(error as Error).message})`;
  return new CommandFileError(`${file}: ${why}`);
}

/** A file's bytes, or a CommandFileError ("FILE: no such file"). */
export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** A JSON file's value, or a CommandFileError ("FILE: not valid JSON (...)"). */
export function readJsonFile(file: string): unknown {
  const text = readInputFile(file).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CommandFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Prints a file's problems: the first on one line with the file, then the others; returns 1. */
export function printFileProblems(
  io: CommandIO,
  file: string,
  problems: readonly string[],
  outcome = 'nothing was imported',
): 1 {
  const [first = 'the file cannot be read', ...rest] = problems;
  const more =
    rest.length > 0 ? ` (and ${String(rest.length)} more problem${rest.length === 1 ? '' : 's'}, below)` : '';
  io.err(`${file}: ${first.replace(/[.:]$/, '')}${more}; ${outcome}.`);
  for (const problem of rest) io.err(`  ${problem}`);
  return 1;
}

/**
 * Reports why importing a file failed: a ServiceError with `problems` lists them, any other ServiceError
 * is one line naming the file; anything else is rethrown (main reports it).
 */
export function reportImportFailure(io: CommandIO, file: string, error: unknown): 1 {
  if (!(error instanceof ServiceError)) throw error;
  const problems = 'problems' in error && Array.isArray(error.problems) ? (error.problems as string[]) : [];
  if (problems.length > 0) return printFileProblems(io, file, problems);
  io.err(`${file}: ${error.message}`);
  return 1;
}
