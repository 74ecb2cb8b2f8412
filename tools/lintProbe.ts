// Lints a piece of code as if it were a file of the project, for tests of the project's own lint rules.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The rule ids ESLint reports for `code` placed at `file`. Type-aware linting needs the file on disk, so it
 * is written for a moment under a unique name and removed again.
 */
export async function lintAs(file: string, code: string): Promise<(string | null)[]> {
  const real = path.join(
    root,
    file.replace(/\.(tsx?)$/, `.lintprobe${process.pid}${Math.floor(performance.now())}.$1`),
  );
  // A probe left by a test killed on its timeout would fail the type check and lint of everything after.
  const folder = path.dirname(real);
  for (const old of fs.existsSync(folder) ? fs.readdirSync(folder) : [])
    if (old.includes('.lintprobe') && !old.includes(String(process.pid)))
      fs.rmSync(path.join(folder, old), { force: true });
  fs.writeFileSync(real, code);
  try {
    const [result] = await new ESLint({ cwd: root }).lintFiles([real]);
    const messages = result?.messages ?? [];
    const fatal = messages.find((m) => m.ruleId === null);
    if (fatal) throw new Error(`ESLint could not lint ${file}: ${fatal.message}`);
    return messages.map((m) => m.ruleId);
  } finally {
    fs.rmSync(real, { force: true });
  }
}
