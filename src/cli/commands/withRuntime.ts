import { jobSettingsFrom } from '../../jobs/jobSettings';
import { ValidationError } from '../../services/errors';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../services/runtime';
import { dataDirOf, type CommandIO, type ParsedArgs } from '../command';

/** Opens the database for a command, runs it, and always closes (and unlocks) it. */
export async function withRuntime<T>(
  args: ParsedArgs,
  io: CommandIO,
  work: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(runtimeOptions(args, io));
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** Where a command's database is and how its long work is run, from its options and environment. */
export function runtimeOptions(args: ParsedArgs, io: CommandIO): RuntimeOptions {
  let jobSettings;
  try {
    jobSettings = jobSettingsFrom(io.env);
  } catch (error) {
    throw new ValidationError((error as Error).message);
  }
  return { dataDir: dataDirOf(args, io.env), databaseUrl: io.env.DATABASE_URL, jobSettings };
}

/** The actor for work done from the command line, named in the audit trail. */
export function commandLineActor(env: NodeJS.ProcessEnv) {
  return { kind: 'system', label: `command line (${env.USER ?? env.LOGNAME ?? 'unknown user'})` } as const;
}
