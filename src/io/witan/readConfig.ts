import type { ReadResult, RowError } from './csvTable';
import { EdnError, parseEdn, type EdnValue } from './edn';

/** What highneeds uses from a witan.send config.edn. */
export interface WitanConfig {
  /** Input file paths, relative to the config's folder. */
  readonly files: {
    readonly transitions: string;
    readonly population: string;
    readonly costs: string;
    readonly validStates: string;
  };
  readonly randomSeed?: number;
  readonly simulations?: number;
  /** Settings in the config that change the model but that highneeds does not apply (yet), by key. */
  readonly notApplied: readonly string[];
}

/** The file names witan.send's demo uses, for folders without a config.edn. */
export const defaultWitanFiles: WitanConfig['files'] = {
  transitions: 'transitions.csv',
  population: 'population.csv',
  costs: 'costs.csv',
  validStates: 'valid-states.csv',
};

// Scenario and filter settings (MODEL-NOTES §1.9): a run that silently ignored them would answer a
// different question from the one the council asked, so the caller must be told.
const SCENARIO_KEYS = [
  'filter-transitions-from',
  'transitions-to-change',
  'modify-transitions-date-range',
  'make-setting-invalid',
];

type EdnMap = { [key: string]: EdnValue };
const isMap = (value: EdnValue | undefined): value is EdnMap =>
  value !== null &&
  value !== undefined &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !('keyword' in value) &&
  !('symbol' in value) &&
  !('tag' in value);

/** Reads the parts of a witan.send config.edn that highneeds uses. Errors use `row` for the line (1 when unknown). */
export function readConfig(text: string): ReadResult<WitanConfig> {
  let parsed: EdnValue;
  try {
    parsed = parseEdn(text);
  } catch (error) {
    if (error instanceof EdnError)
      return {
        ok: false,
        errors: [
          { row: error.line, column: '', value: '', message: `not readable as EDN: ${error.message}` },
        ],
      };
    throw error;
  }
  const errors: RowError[] = [];
  const fail = (column: string, value: EdnValue | undefined, message: string) =>
    errors.push({ row: 1, column, value: JSON.stringify(value ?? null), message });
  if (!isMap(parsed))
    return { ok: false, errors: [{ row: 1, column: '', value: '', message: 'config.edn must be a map' }] };
  const fileInputs = parsed['file-inputs'];
  const files: Record<keyof WitanConfig['files'], string> = { ...defaultWitanFiles };
  const keys = {
    transitions: 'transitions',
    population: 'population',
    costs: 'costs',
    validStates: 'valid-states',
  } as const;
  if (fileInputs !== undefined && !isMap(fileInputs))
    fail(':file-inputs', fileInputs, 'must be a map of file names');
  for (const [field, key] of Object.entries(keys) as Array<[keyof typeof keys, string]>) {
    const value = isMap(fileInputs) ? fileInputs[key] : undefined;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value !== '') files[field] = value;
    else fail(`:file-inputs :${key}`, value, 'must be a file name in double quotes');
  }
  const projection = parsed['projection-parameters'];
  const whole = (key: string, minimum: number): number | undefined => {
    const value = isMap(projection) ? projection[key] : undefined;
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum) return value;
    fail(`:projection-parameters :${key}`, value, `must be a whole number of at least ${minimum}`);
    return undefined;
  };
  const randomSeed = whole('random-seed', 0);
  const simulations = whole('simulations', 1);
  const notApplied: string[] = [];
  for (const section of ['transition-parameters', 'scenario-parameters']) {
    const parameters = parsed[section];
    if (!isMap(parameters)) continue;
    for (const key of SCENARIO_KEYS) {
      const value = parameters[key];
      if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
        notApplied.push(`:${section} :${key}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      files,
      notApplied,
      ...(randomSeed !== undefined && { randomSeed }),
      ...(simulations !== undefined && { simulations }),
    },
  };
}
