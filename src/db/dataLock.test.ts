import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder } from './dataLock';

const folders: string[] = [];
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => folders.splice(0).forEach((f) => fs.rmSync(f, { recursive: true, force: true })));

describe('lockDataFolder', () => {
  it('refuses a second owner while the first is alive, naming the folder and pid', () => {
    const folder = tempFolder();
    const release = lockDataFolder(folder, process.pid);
    // The parent of this process is alive too: pretend it asks for the folder.
    const error = (() => {
      try {
        lockDataFolder(folder, process.ppid);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataFolderInUseError);
    expect((error as Error).message).toContain(folder);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    release();
    expect(fs.existsSync(path.join(folder, 'highneeds.pid'))).toBe(false);
  });

  it('takes over a lock left by a dead process', () => {
    const folder = tempFolder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(dead.stdout.toString());
    fs.writeFileSync(path.join(folder, 'highneeds.pid'), `${deadPid}\n`);
    const release = lockDataFolder(folder);
    expect(fs.readFileSync(path.join(folder, 'highneeds.pid'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
