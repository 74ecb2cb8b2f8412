import { openRuntime, type Runtime } from '../../services/runtime';
import { dataDirOf, type CommandIO, type ParsedArgs } from '../command';

/** Opens the database for a command, runs it, and always closes (and unlocks) it. */
export async function withRuntime<T>(
  args: ParsedArgs,
  io: CommandIO,
  work: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime({ dataDir: dataDirOf(args, io.env), databaseUrl: io.env.DATABASE_URL });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** The actor for work done from the command line, named in the audit trail. */
export function commandLineActor(env: NodeJS.ProcessEnv) {
  return { kind: 'system', label: `command line (${env.USER ?? env.LOGNAME ?? 'unknown user'})` } as const;
}
