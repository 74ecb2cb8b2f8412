// Real `highneeds` processes for tests that stop and kill them (workers, a submitter), and throwaway
// PostgreSQL databases for them to share.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'highneeds.js');

/** A running `highneeds` command whose output is kept. */
export interface CliProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr together). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Resolves when its output matches `pattern` (with the match), rejecting after `timeoutMs` or when it exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Kills it at once (SIGKILL), as a crash would, and waits until it is gone. */
  kill(): Promise<void>;
}

/** Starts `highneeds ARGS` with `env` added to this process's environment. */
export function startCli(args: readonly string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const listener of listeners) listener();
  });
  const name = `highneeds ${args.join(' ')}`;
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) finish(() => resolve(match));
          else if (gone)
            finish(() => reject(new Error(`${name} exited before printing ${pattern}:\n${output}`)));
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`${name} did not print ${pattern} in ${timeoutMs} ms:\n${output}`)),
            ),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      }),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts `highneeds worker --concurrency N` on `url`; resolves once it takes jobs. */
export async function startWorker(
  url: string,
  env: Record<string, string> = {},
  concurrency = 1,
): Promise<CliProcess> {
  const worker = startCli(['worker', '--concurrency', String(concurrency)], { ...env, DATABASE_URL: url });
  await worker.waitFor(/taking jobs from/);
  return worker;
}

/** A new database on the PostgreSQL server at `serverUrl`: its URL, and a drop for afterwards. */
export async function throwawayDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
