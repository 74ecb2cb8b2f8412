import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { importNationalFile, NationalFileError } from './importNationalData';

// A demo instance needs national data to show. `highneeds serve --national-data DIR` (which `npm start`
// passes with ../shared/data/dfe) imports every DfE file found in a folder the first time, when the
// instance holds no EHCP statistics yet; later starts change nothing.

/** What importing a folder did, file by file. */
export interface FolderImport {
  status: 'imported' | 'alreadyHeld' | 'noFolder';
  files: { file: string; outcome: string }[];
}

const wanted = /\.(zip|csv|xlsx|ods)$/i;

/** Imports the DfE files in `dir` unless EHCP statistics are already held; files it does not know are listed, not fatal. */
export async function importNationalFolderOnce(
  ctx: ServiceContext,
  actor: Actor,
  dir: string,
): Promise<FolderImport> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return { status: 'noFolder', files: [] };
  const held = await ctx.db
    .selectFrom('national_releases')
    .select('id')
    .where('publication', '=', 'ehcp-statistics')
    .executeTakeFirst();
  if (held) return { status: 'alreadyHeld', files: [] };
  const files: FolderImport['files'] = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => wanted.test(f))
    .sort()) {
    try {
      const outcome = await importNationalFile(ctx, actor, {
        name,
        bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))),
      });
      files.push({
        file: name,
        outcome: `${outcome.title}, edition ${outcome.edition}: ${String(outcome.valuesRead || outcome.neighboursRead)} figures`,
      });
    } catch (error) {
      if (!(error instanceof NationalFileError)) throw error;
      files.push({ file: name, outcome: `not imported: ${error.message}` });
    }
  }
  return { status: 'imported', files };
}
