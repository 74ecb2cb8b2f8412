// Small helpers shared by the project's scripts (plain Node, no TypeScript, so they run before anything is built).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Runs a command, streaming its output; returns the exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Runs a command and throws when it fails. */
export function runOrThrow(command, args, options = {}) {
  const code = run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with code ${code}`);
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let aptUpdated = false;
/** Installs Debian packages with apt-get (as root), or explains what to run when not root. */
export function aptInstall(packages, why) {
  if (!isRoot) {
    throw new Error(
      `${why} needs the Debian package(s) ${packages.join(', ')}. Run as root: apt-get install -y ${packages.join(' ')}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    runOrThrow('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  console.log(`Installing ${packages.join(', ')} from Debian (${why})...`);
  runOrThrow('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

export const exists = (file) => fs.existsSync(file);
