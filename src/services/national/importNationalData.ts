import { createHash } from 'node:crypto';
import path from 'node:path';
import { readNationalFile } from '../../io/dfe/detectPublication';
import { publicationTitles, type NationalDataset, type Publication } from '../../io/dfe/nationalDataset';
import { describeRowError, type RowError } from '../../io/dfe/readResult';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { readingUpload } from '../uploads';
import { requireNationalDataAdmin } from './nationalAccess';
import { writeReleaseNeighbours, writeReleaseValues, type ReleaseChanges } from './releaseValues';

/** A file that could not be read, with every row error (nothing was imported). */
export class NationalFileError extends ValidationError {
  constructor(
    readonly fileName: string,
    readonly rowErrors: RowError[],
  ) {
    const first = rowErrors[0];
    const more = rowErrors.length > 1 ? ` (and ${String(rowErrors.length - 1)} more)` : '';
    super(
      `${fileName} was not imported: ${first ? describeRowError(first) : 'it could not be read'}${more}`,
      'file',
      rowErrors.map(describeRowError),
    );
  }
}

/** What an import did. 'unchanged': the release already held exactly these figures; nothing was written. */
export interface NationalImportOutcome {
  status: 'imported' | 'updated' | 'unchanged';
  publication: Publication;
  title: string;
  edition: string;
  fileName: string;
  checksum: string;
  sources: { file: string; rows: number }[];
  series: string[];
  valuesRead: number;
  neighboursRead: number;
  values: ReleaseChanges;
  neighbours: ReleaseChanges;
  notes: string[];
  /** For 'unchanged': the earlier import that brought these figures. */
  alreadyImported?: { fileName: string; at: string };
}

/** The file as the caller has it: its name (for messages) and bytes. */
export interface NationalFile {
  name: string;
  bytes: Uint8Array;
}

function outcomeOf(
  dataset: NationalDataset,
  file: NationalFile,
  checksum: string,
): Omit<NationalImportOutcome, 'status' | 'values' | 'neighbours'> {
  return {
    publication: dataset.publication,
    title: publicationTitles[dataset.publication],
    edition: dataset.edition,
    fileName: path.basename(file.name),
    checksum,
    sources: dataset.sources,
    series: dataset.series,
    valuesRead: dataset.values.length,
    neighboursRead: dataset.neighbours.reduce((n, l) => n + l.neighbours.length, 0),
    notes: dataset.notes,
  };
}

/**
 * Imports one published DfE file (which one is detected from its content) into its release: all or
 * nothing, in one transaction, recorded with its checksum and counts, and audited. Importing the same
 * figures again changes nothing. System administrators and the command line only.
 */
export async function importNationalFile(
  ctx: ServiceContext,
  actor: Actor,
  file: NationalFile,
): Promise<NationalImportOutcome> {
  requireNationalDataAdmin(actor);
  const read = await readingUpload(() => readNationalFile(file.name, file.bytes));
  if (!read.ok) throw new NationalFileError(path.basename(file.name), read.errors);
  const dataset = read.data;
  const checksum = createHash('sha256').update(file.bytes).digest('hex');
  const base = outcomeOf(dataset, file, checksum);
  return inTransaction(ctx, async (trx) => {
    await trx
      .insertInto('national_releases')
      .values({ publication: dataset.publication, edition: dataset.edition })
      .onConflict((oc) => oc.columns(['publication', 'edition']).doNothing())
      .execute();
    const release = await trx
      .selectFrom('national_releases')
      .select('id')
      .where('publication', '=', dataset.publication)
      .where('edition', '=', dataset.edition)
      .executeTakeFirstOrThrow();
    const earlier = await trx
      .selectFrom('national_imports')
      .select(['file_name', 'imported_at', 'checksum'])
      .where('release_id', '=', release.id)
      .orderBy('id', 'desc')
      .execute();
    const values = await writeReleaseValues(trx, release.id, dataset);
    const neighbours = await writeReleaseNeighbours(trx, release.id, dataset);
    const changes =
      values.added +
      values.changed +
      values.removed +
      neighbours.added +
      neighbours.changed +
      neighbours.removed;
    if (changes === 0) {
      const last = earlier.find((e) => e.checksum === checksum) ?? earlier[0];
      return {
        status: 'unchanged',
        ...base,
        values,
        neighbours,
        ...(last
          ? { alreadyImported: { fileName: last.file_name, at: new Date(last.imported_at).toISOString() } }
          : {}),
      };
    }
    const status = earlier.length === 0 ? 'imported' : 'updated';
    await trx
      .insertInto('national_imports')
      .values({
        release_id: release.id,
        file_name: base.fileName,
        checksum,
        imported_at: ctx.now(),
        imported_by: actorLabel(actor).email,
        sources: JSON.stringify(dataset.sources),
        series: JSON.stringify(dataset.series),
        notes: JSON.stringify(dataset.notes),
        values_read: base.valuesRead,
        values_added: values.added,
        values_changed: values.changed,
        values_removed: values.removed,
        neighbours_read: base.neighboursRead,
      })
      .execute();
    await recordAudit(trx, actor, {
      councilId: null,
      action: status === 'imported' ? 'import' : 'update',
      entity: 'national_release',
      entityId: `${dataset.publication}/${dataset.edition}`,
      before: earlier[0] ? { fileName: earlier[0].file_name, checksum: earlier[0].checksum } : null,
      after: { fileName: base.fileName, checksum, valuesRead: base.valuesRead, values, neighbours },
    });
    return { status, ...base, values, neighbours };
  });
}
