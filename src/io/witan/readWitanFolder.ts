import fs from 'node:fs';
import path from 'node:path';
import type { JoinerPopulationYear } from '../../core/forecast/forecastOptions';
import type { WitanInputs } from '../../core/forecast/witanInputs';
import type { ReadResult, RowError } from './csvTable';
import { crossCheck, type FileRowError } from './crossCheck';
import { defaultWitanFiles, readConfig, type WitanConfig } from './readConfig';
import { readCosts } from './readCosts';
import { readPopulation } from './readPopulation';
import { readTransitions } from './readTransitions';
import { readValidStates } from './readValidStates';

/** A witan.send input folder, read and checked. */
export interface WitanFolder {
  readonly inputs: WitanInputs;
  /** The folder's config.edn, when it has one. */
  readonly config?: WitanConfig;
  readonly warnings: readonly string[];
}

/** Every problem found in the folder, or its inputs. */
export type WitanFolderResult =
  | { readonly ok: true; readonly data: WitanFolder }
  | { readonly ok: false; readonly errors: FileRowError[] };

function readText(file: string, errors: FileRowError[]): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the file does not exist'
        : (error as Error).message;
    errors.push({ file, row: 0, column: '', value: '', message: `cannot be read: ${reason}` });
    return undefined;
  }
}

function collect<T>(file: string, result: ReadResult<T> | undefined, errors: FileRowError[]): T | undefined {
  if (!result) return undefined;
  if (result.ok) return result.data;
  errors.push(...result.errors.map((error: RowError) => ({ file, ...error })));
  return undefined;
}

/**
 * Reads a witan.send input folder: the files named by its config.edn (paths relative to it), or
 * transitions.csv, population.csv, costs.csv and valid-states.csv in the folder itself.
 */
export function readWitanFolder(
  dir: string,
  options: { joinerPopulationYear: JoinerPopulationYear },
): WitanFolderResult {
  const errors: FileRowError[] = [];
  const configFile = path.join(dir, 'config.edn');
  let config: WitanConfig | undefined;
  if (fs.existsSync(configFile)) {
    const text = readText(configFile, errors);
    config = collect(configFile, text === undefined ? undefined : readConfig(text), errors);
  } else if (!fs.existsSync(dir)) {
    return {
      ok: false,
      errors: [{ file: dir, row: 0, column: '', value: '', message: 'the folder does not exist' }],
    };
  }
  const files = config?.files ?? defaultWitanFiles;
  const file = (name: string) => path.join(dir, name);
  const read = <T>(name: string, reader: (text: string) => ReadResult<T>): T | undefined => {
    const text = readText(file(name), errors);
    return collect(file(name), text === undefined ? undefined : reader(text), errors);
  };
  const transitions = read(files.transitions, readTransitions);
  const population = read(files.population, readPopulation);
  const costs = read(files.costs, readCosts);
  const validSettings = read(files.validStates, readValidStates);
  if (errors.length > 0 || !transitions || !population || !costs || !validSettings)
    return { ok: false, errors };
  const located = { transitions, population, costs, validSettings };
  const names = {
    transitions: file(files.transitions),
    population: file(files.population),
    costs: file(files.costs),
    validStates: file(files.validStates),
  };
  const checked = crossCheck(located, names, options.joinerPopulationYear);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  const warnings = [
    ...checked.warnings,
    ...(config?.notApplied ?? []).map(
      (key) => `${configFile}: ${key} is set, but highneeds does not apply it: this run is the baseline`,
    ),
  ];
  return { ok: true, data: { inputs: located, warnings, ...(config && { config }) } };
}

/** One error as a line a person can act on: "file row 14, column `cost`: '12,5OO' is not an amount" (messages quote the value where it matters). */
export function formatRowError(error: FileRowError): string {
  const where = error.row > 0 ? `${error.file} row ${error.row}` : error.file;
  const column = error.column ? `, column \`${error.column}\`` : '';
  return `${where}${column}: ${error.message}`;
}
