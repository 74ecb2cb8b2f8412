import fs from 'node:fs';
import path from 'node:path';

/**
 * The workplace's shared folder (seeds, fixtures, published DfE data), beside the repository, or where
 * HIGHNEEDS_SHARED says (a checkout that is not beside it, such as a git worktree). Nothing in it may be
 * copied into the repository: tests read it in place and skip when it is absent.
 */
export const sharedDir =
  process.env.HIGHNEEDS_SHARED ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared');

/** A path inside ../shared. */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}

/** Whether a file or folder in ../shared exists. */
export function sharedAvailable(...parts: string[]): boolean {
  return fs.existsSync(sharedPath(...parts));
}

/** The title suffix for tests that need ../shared, so a skip says why. */
export function needsShared(...parts: string[]): string {
  return sharedAvailable(...parts) ? '' : ` (skipped: ${sharedPath(...parts)} is absent)`;
}

/** The text of a seed document by its number (000..004). */
export function seedText(number: string): string {
  const dir = sharedPath('seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(`${number}_`));
  if (!file) throw new Error(`No seed ${number}_*.txt in ${dir}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}
