import { publicationTitles, type Publication } from '../../io/dfe/nationalDataset';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { requireNationalDataReader } from './nationalAccess';

/** One imported release with the files imported into it, newest first. */
export interface NationalReleaseView {
  publication: string;
  title: string;
  edition: string;
  values: number;
  imports: {
    fileName: string;
    checksum: string;
    importedAt: string;
    importedBy: string;
    valuesRead: number;
    added: number;
    changed: number;
    removed: number;
  }[];
}

/** Every national release on the instance, with its imports (which file, when, checksum, counts). */
export async function listNationalReleases(
  ctx: ServiceContext,
  actor: Actor,
): Promise<NationalReleaseView[]> {
  requireNationalDataReader(actor);
  const releases = await ctx.db
    .selectFrom('national_releases')
    .selectAll()
    .orderBy('publication')
    .orderBy('edition')
    .execute();
  const imports = await ctx.db.selectFrom('national_imports').selectAll().orderBy('id', 'desc').execute();
  const counts = await ctx.db
    .selectFrom('national_values')
    .select(['release_id', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('release_id')
    .execute();
  return releases.map((r) => ({
    publication: r.publication,
    title: publicationTitles[r.publication as Publication] ?? r.publication,
    edition: r.edition,
    values: Number(counts.find((c) => c.release_id === r.id)?.n ?? 0),
    imports: imports
      .filter((i) => i.release_id === r.id)
      .map((i) => ({
        fileName: i.file_name,
        checksum: i.checksum,
        importedAt: new Date(i.imported_at).toISOString(),
        importedBy: i.imported_by,
        valuesRead: i.values_read,
        added: i.values_added,
        changed: i.values_changed,
        removed: i.values_removed,
      })),
  }));
}
