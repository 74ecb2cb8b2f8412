// A witan.send input folder uploaded to the web app: its four CSV files as text, or a zip of the folder.
// Read with the same readers and cross-checks as `forecast run --witan DIR`, all or nothing.
import type { JoinerPopulationYear } from '../../core/forecast/forecastOptions';
import type { WitanInputs } from '../../core/forecast/witanInputs';
import type { Located, ReadResult } from '../witan/csvTable';
import { crossCheck, type FileRowError } from '../witan/crossCheck';
import { defaultWitanFiles } from '../witan/readConfig';
import { readCosts } from '../witan/readCosts';
import { readPopulation } from '../witan/readPopulation';
import { readTransitions } from '../witan/readTransitions';
import { readValidStates } from '../witan/readValidStates';
import { unzipWithLimits, ZipReadError } from '../zip';

/** The four files by their witan.send names (transitions.csv, population.csv, costs.csv, valid-states.csv). */
export type WitanFileTexts = Partial<Record<string, string>>;

export type UploadResult =
  | { readonly ok: true; readonly inputs: WitanInputs; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FileRowError[] };

const withoutRow = <T extends object>(rows: ReadonlyArray<Located<T>>): T[] =>
  rows.map((located) => {
    const { row: _row, ...rest } = located;
    return rest as unknown as T;
  });

/** Reads and cross-checks the four files; every problem names its file, row and column. */
export function readUploadedWitan(
  files: WitanFileTexts,
  joinerPopulationYear: JoinerPopulationYear,
): UploadResult {
  const errors: FileRowError[] = [];
  const read = <T>(name: string, reader: (text: string) => ReadResult<T>): T | undefined => {
    const text = files[name];
    if (text === undefined) {
      errors.push({
        file: name,
        row: 0,
        column: '',
        value: '',
        message:
          'is missing: a witan.send input folder has transitions.csv, population.csv, costs.csv and valid-states.csv',
      });
      return undefined;
    }
    const result = reader(text);
    if (result.ok) return result.data;
    errors.push(...result.errors.map((error) => ({ file: name, ...error })));
    return undefined;
  };
  const transitions = read(defaultWitanFiles.transitions, readTransitions);
  const population = read(defaultWitanFiles.population, readPopulation);
  const costs = read(defaultWitanFiles.costs, readCosts);
  const validSettings = read(defaultWitanFiles.validStates, readValidStates);
  if (errors.length > 0 || !transitions || !population || !costs || !validSettings)
    return { ok: false, errors };
  const located = { transitions, population, costs, validSettings };
  const checked = crossCheck(located, defaultWitanFiles, joinerPopulationYear);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  return {
    ok: true,
    inputs: {
      transitions: withoutRow(transitions),
      population: withoutRow(population),
      costs: withoutRow(costs),
      validSettings: withoutRow(validSettings),
    },
    warnings: checked.warnings,
  };
}

const wanted = new Set(Object.values(defaultWitanFiles));

/**
 * The four files from a zip of the folder: found by name at any depth (a zipped folder has them under
 * its own name); a zip that is not one, or that holds a name twice, is an error that says so. A zip over
 * the limits of io/zip throws its ZipLimitError (the service answers 413).
 */
export function witanFilesFromZip(
  bytes: Uint8Array,
  file = 'The upload',
): { ok: true; files: WitanFileTexts } | { ok: false; message: string } {
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipWithLimits(bytes, {
      file,
      wanted: (name) => wanted.has(name.split('/').pop() ?? '') && !name.startsWith('__MACOSX/'),
    });
  } catch (error) {
    if (error instanceof ZipReadError) return { ok: false, message: error.message };
    throw error;
  }
  const files: Record<string, string> = {};
  for (const [path, content] of entries) {
    const name = path.split('/').pop() as string;
    if (files[name] !== undefined)
      return { ok: false, message: `The zip holds ${name} twice (${path}): upload one folder.` };
    files[name] = new TextDecoder().decode(content);
  }
  return { ok: true, files };
}
