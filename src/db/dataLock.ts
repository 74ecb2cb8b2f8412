import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process owns the embedded data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${folder} is in use by another highneeds process (pid ${pid}). ` +
        `Stop that process, or start this one with --data pointing at another folder.`,
    );
  }
}

const LOCK_FILE = 'highneeds.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes this process the only owner of the embedded data folder (PGlite does not lock it itself, and two
 * processes writing one folder corrupt it). A lock left by a dead process is taken over.
 * Returns a function that releases the lock.
 */
export function lockDataFolder(folder: string, pid = process.pid): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const lockPath = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${pid}\n`);
      fs.closeSync(fd);
      return () => {
        try {
          if (Number(fs.readFileSync(lockPath, 'utf8').trim()) === pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    if (Number.isInteger(owner) && owner !== pid && isAlive(owner)) {
      throw new DataFolderInUseError(path.resolve(folder), owner);
    }
    // Stale lock from a process that died (or unreadable): take it over.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not lock the data folder ${path.resolve(folder)}: the lock file keeps reappearing.`);
}
