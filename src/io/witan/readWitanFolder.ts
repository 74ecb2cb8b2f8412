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
import { readScenario } from './readScenario';
import { readSettingCategories } from './readSettingCategories';
import { readValidStates } from './readValidStates';
import type { Scenario } from '../../core/forecast/scenario';
import { scenarioProblems } from '../../core/forecast/scenarioPlan';
import { stateSpaceOf } from '../../core/forecast/stateSpace';

/** A witan.send input folder, read and checked. */
export interface WitanFolder {
  readonly inputs: WitanInputs;
  /** The scenario file's scenario, checked against the model, when one was given. */
  readonly scenario?: Scenario;
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
  options: {
    joinerPopulationYear: JoinerPopulationYear;
    /** A CSV file mapping settings to the DfE's placement categories (readSettingCategories). */
    categories?: string;
    /** A scenario JSON file (docs/formats/scenario.md). */
    scenario?: string;
  },
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
  const readExtra = <T>(name: string | undefined, reader: (text: string) => ReadResult<T>): T | undefined => {
    if (name === undefined) return undefined;
    const text = readText(name, errors);
    return collect(name, text === undefined ? undefined : reader(text), errors);
  };
  const categories = readExtra(options.categories, readSettingCategories);
  const scenario = readExtra(options.scenario, readScenario);
  if (errors.length > 0 || !transitions || !population || !costs || !validSettings)
    return { ok: false, errors };
  const located = {
    transitions,
    population,
    costs,
    validSettings,
    ...(categories && { settingCategories: categories }),
  };
  const names = {
    transitions: file(files.transitions),
    population: file(files.population),
    costs: file(files.costs),
    validStates: file(files.validStates),
  };
  const checked = crossCheck(located, names, options.joinerPopulationYear);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  const extra = checkExtras(located, options, scenario);
  if (extra.errors.length > 0) return { ok: false, errors: extra.errors };
  const warnings = [
    ...checked.warnings,
    ...extra.warnings,
    ...(config?.notApplied ?? []).map(
      (key) => `${configFile}: ${key} is set, but highneeds does not apply it: this run is the baseline`,
    ),
  ];
  return {
    ok: true,
    data: { inputs: located, warnings, ...(config && { config }), ...(scenario && { scenario }) },
  };
}

/** The category mapping and scenario against the model: unknown settings or needs are errors. */
function checkExtras(
  inputs: WitanInputs,
  options: { categories?: string; scenario?: string },
  scenario: Scenario | undefined,
): { errors: FileRowError[]; warnings: string[] } {
  const errors: FileRowError[] = [];
  const warnings: string[] = [];
  const space = stateSpaceOf(inputs);
  if (inputs.settingCategories && options.categories) {
    const file = options.categories;
    for (const setting of Object.keys(inputs.settingCategories))
      if (!space.settingIndex.has(setting))
        errors.push({
          file,
          row: 0,
          column: 'setting',
          value: setting,
          message: `setting '${setting}' is not in valid-states.csv`,
        });
    const unmapped = space.settings.filter((setting) => inputs.settingCategories?.[setting] === undefined);
    if (unmapped.length > 0)
      warnings.push(
        `${file}: no placement category for setting ${unmapped.join(', ')}: counted as 'unmapped'`,
      );
  }
  for (const cost of inputs.costs as ReadonlyArray<WitanInputs['costs'][number] & { row?: number }>) {
    const setting = space.settingIndex.get(cost.setting);
    if (cost.ncy === undefined || setting === undefined) continue;
    if (
      cost.ncy < (space.settingMinNcy[setting] as number) ||
      cost.ncy > (space.settingMaxNcy[setting] as number)
    )
      warnings.push(
        `costs.csv row ${cost.row ?? '?'}: NCY ${cost.ncy} is outside setting ${cost.setting}'s range in valid-states.csv: the cost applies only to pupils recorded there`,
      );
  }
  if (scenario && options.scenario) {
    const file = options.scenario;
    for (const problem of scenarioProblems(scenario, space))
      errors.push({ file, row: 0, column: problem.path, value: '', message: problem.message });
  }
  return { errors, warnings };
}

/** One error as a line a person can act on: "file row 14, column `cost`: '12,5OO' is not an amount" (messages quote the value where it matters). */
export function formatRowError(error: FileRowError): string {
  const where = error.row > 0 ? `${error.file} row ${error.row}` : error.file;
  const column = error.column ? `, column \`${error.column}\`` : '';
  return `${where}${column}: ${error.message}`;
}
