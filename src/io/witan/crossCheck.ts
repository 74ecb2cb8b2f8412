import type { JoinerPopulationYear } from '../../core/forecast/forecastOptions';
import { joinerPopulationYearOf } from '../../core/forecast/joinerBetas';
import { seedYearOf } from '../../core/forecast/initialPopulation';
import { isValidCell, stateOf, stateSpaceOf } from '../../core/forecast/stateSpace';
import { parameterNcys } from '../../core/forecast/transitionCounts';
import {
  NONSEND,
  type BackgroundPopulation,
  type PlacementCost,
  type Transition,
  type ValidSetting,
} from '../../core/forecast/witanInputs';
import type { Located, RowError } from './csvTable';

/** A row error and the file it is in. Row 0 means the file as a whole (for example a row that is missing). */
export interface FileRowError extends RowError {
  readonly file: string;
}

/** The four input tables, each row with its line number. */
export interface LocatedInputs {
  readonly transitions: ReadonlyArray<Located<Transition>>;
  readonly population: ReadonlyArray<Located<BackgroundPopulation>>;
  readonly costs: ReadonlyArray<Located<PlacementCost>>;
  readonly validSettings: ReadonlyArray<Located<ValidSetting>>;
}

/** Names of the four files, for messages. */
export interface InputFileNames {
  readonly transitions: string;
  readonly population: string;
  readonly costs: string;
  readonly validStates: string;
}

/** Checks the files against each other: errors stop a run, warnings are printed with its results. */
export function crossCheck(
  inputs: LocatedInputs,
  files: InputFileNames,
  joinerPopulationYear: JoinerPopulationYear,
): { errors: FileRowError[]; warnings: string[] } {
  const errors: FileRowError[] = [];
  const warnings: string[] = [];
  const needs = new Set(inputs.validSettings.flatMap((v) => v.needs));
  const settings = new Set(inputs.validSettings.map((v) => v.setting));
  const unknown = (file: string, row: number, column: string, value: string, kind: 'need' | 'setting') => {
    const known = kind === 'need' ? needs : settings;
    if (value === NONSEND || known.has(value)) return;
    const where = kind === 'need' ? `the needs column of ${files.validStates}` : files.validStates;
    errors.push({ file, row, column, value, message: `${kind} '${value}' is not in ${where}` });
  };
  for (const t of inputs.transitions) {
    unknown(files.transitions, t.row, 'need-1', t.need1, 'need');
    unknown(files.transitions, t.row, 'setting-1', t.setting1, 'setting');
    unknown(files.transitions, t.row, 'need-2', t.need2, 'need');
    unknown(files.transitions, t.row, 'setting-2', t.setting2, 'setting');
  }
  for (const c of inputs.costs) {
    unknown(files.costs, c.row, 'need', c.need, 'need');
    unknown(files.costs, c.row, 'setting', c.setting, 'setting');
  }
  if (inputs.transitions.length === 0)
    errors.push({
      file: files.transitions,
      row: 0,
      column: '',
      value: '',
      message: 'has no transitions to estimate from',
    });
  if (errors.length > 0) return { errors, warnings };

  const space = stateSpaceOf(inputs);
  const ncys = parameterNcys(space);
  const seedYear = seedYearOf(inputs.transitions);
  const populationKeys = new Set(inputs.population.map((p) => `${p.calendarYear}:${p.ncy}`));
  const transitionYears = [...new Set(inputs.transitions.map((t) => t.calendarYear))].sort((a, b) => a - b);
  const projectionYears = [...new Set(inputs.population.map((p) => p.calendarYear))]
    .filter((year) => year > seedYear)
    .sort((a, b) => a - b);
  const needPopulation = (year: number, why: string) => {
    const missing = ncys.filter((ncy) => !populationKeys.has(`${year}:${ncy}`));
    if (missing.length > 0) {
      errors.push({
        file: files.population,
        row: 0,
        column: 'academic-year',
        value: missing.join(' '),
        message: `calendar year ${year} has no population for NCY ${missing.join(', ')} (needed ${why})`,
      });
    }
  };
  for (const year of transitionYears)
    needPopulation(
      joinerPopulationYearOf(year, joinerPopulationYear),
      `for the joiner rates of ${year} transitions`,
    );
  for (const year of projectionYears) needPopulation(year, `to project ${year}`);
  if (projectionYears.length === 0) {
    errors.push({
      file: files.population,
      row: 0,
      column: 'calendar-year',
      value: '',
      message: `has no calendar year after the seed year ${seedYear}: nothing to project`,
    });
  }

  const costed = new Set(inputs.costs.map((c) => `${c.need}:${c.setting}`));
  const uncosted = new Map<string, number>();
  let invalidCells = 0;
  for (const t of inputs.transitions) {
    if (t.setting2 === NONSEND) continue;
    const key = `${t.need2}:${t.setting2}`;
    if (!costed.has(key)) uncosted.set(key, (uncosted.get(key) ?? 0) + 1);
    if (!isValidCell(space, t.ncy2, stateOf(space, t.need2, t.setting2))) invalidCells += 1;
  }
  for (const [key, count] of uncosted) {
    const [need, setting] = key.split(':');
    warnings.push(
      `${files.costs}: no cost for need ${need} in setting ${setting} (${count} transitions end there): counted as £0`,
    );
  }
  if (invalidCells > 0) {
    warnings.push(
      `${files.transitions}: ${invalidCells} transitions end in a state outside its setting's NCY range or needs in ${files.validStates}`,
    );
  }
  return { errors, warnings };
}
