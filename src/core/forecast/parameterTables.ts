import type { ModelParameters } from './modelParameters';

// The estimated parameters as rows shaped like witan.send's parameter dumps (MODEL-NOTES §3), for
// inspection, export, and comparison with its golden files.

/** A leaver or mover Beta of one cell (`*_beta_expectations.csv`). */
export interface CellBetaRow {
  readonly ncy: number;
  readonly need: string;
  readonly setting: string;
  readonly alpha: number;
  readonly beta: number;
  readonly expectation: number;
}

/** A joiner Beta of one NCY (`joiner_beta_expectations.csv`). */
export interface NcyBetaRow {
  readonly ncy: number;
  readonly alpha: number;
  readonly beta: number;
  readonly expectation: number;
}

/** One Dirichlet entry (`joiners_dirichlet_expectations.csv`, `movers_dirichlet_expectations.csv`). */
export interface DirichletRow {
  readonly ncy: number;
  readonly need: string;
  readonly setting: string;
  /** For movers: the start state's need and setting; undefined for joiners. */
  readonly fromNeed?: string;
  readonly fromSetting?: string;
  readonly alpha: number;
  readonly expectation: number;
  readonly normalisationConstant: number;
}

/** One cell of the seed year's population (`initial_population_state.csv`). */
export interface PopulationRow {
  readonly ncy: number;
  readonly need: string;
  readonly setting: string;
  readonly population: number;
}

function cellName(parameters: ModelParameters, cell: number): { ncy: number; need: string; setting: string } {
  const { space } = parameters;
  const state = cell % space.stateCount;
  const settingCount = space.settings.length;
  return {
    ncy: space.ncyMin + Math.floor(cell / space.stateCount),
    need: space.needs[Math.floor(state / settingCount)] as string,
    setting: space.settings[state % settingCount] as string,
  };
}

function cellBetaRows(parameters: ModelParameters, table: ModelParameters['leaver']): CellBetaRow[] {
  const rows: CellBetaRow[] = [];
  table.alpha.forEach((alpha, cell) => {
    if (Number.isNaN(alpha)) return;
    const beta = table.beta[cell] as number;
    rows.push({ ...cellName(parameters, cell), alpha, beta, expectation: alpha / (alpha + beta) });
  });
  return rows;
}

/** Leaver Betas of every cell that has one. */
export const leaverBetaRows = (parameters: ModelParameters): CellBetaRow[] =>
  cellBetaRows(parameters, parameters.leaver);

/** Mover Betas of every cell that has one. */
export const moverBetaRows = (parameters: ModelParameters): CellBetaRow[] =>
  cellBetaRows(parameters, parameters.mover);

/** Joiner Betas of every NCY that has one. */
export function joinerBetaRows(parameters: ModelParameters): NcyBetaRow[] {
  const rows: NcyBetaRow[] = [];
  parameters.joiner.alpha.forEach((alpha, index) => {
    if (Number.isNaN(alpha)) return;
    const beta = parameters.joiner.beta[index] as number;
    rows.push({ ncy: parameters.space.ncyMin + index, alpha, beta, expectation: alpha / (alpha + beta) });
  });
  return rows;
}

function dirichletRows(
  parameters: ModelParameters,
  table: ModelParameters['joinerDestinations'],
  owner: (
    index: number,
  ) => Omit<DirichletRow, 'need' | 'setting' | 'alpha' | 'expectation' | 'normalisationConstant'>,
): DirichletRow[] {
  const { space } = parameters;
  const settingCount = space.settings.length;
  const rows: DirichletRow[] = [];
  for (let index = 0; index + 1 < table.start.length; index += 1) {
    const from = table.start[index] as number;
    const to = table.start[index + 1] as number;
    let normalisationConstant = 0;
    for (let i = from; i < to; i += 1) normalisationConstant += table.alpha[i] as number;
    for (let i = from; i < to; i += 1) {
      const state = table.state[i] as number;
      const alpha = table.alpha[i] as number;
      rows.push({
        ...owner(index),
        need: space.needs[Math.floor(state / settingCount)] as string,
        setting: space.settings[state % settingCount] as string,
        alpha,
        expectation: alpha / normalisationConstant,
        normalisationConstant,
      });
    }
  }
  return rows;
}

/** Joiner destination Dirichlets, one row per NCY and destination state. */
export const joinerDirichletRows = (parameters: ModelParameters): DirichletRow[] =>
  dirichletRows(parameters, parameters.joinerDestinations, (index) => ({
    ncy: parameters.space.ncyMin + index,
  }));

/** Mover destination Dirichlets, one row per start cell and destination state (`ncy` is the start NCY). */
export const moverDirichletRows = (parameters: ModelParameters): DirichletRow[] =>
  dirichletRows(parameters, parameters.moverDestinations, (cell) => {
    const { ncy, need, setting } = cellName(parameters, cell);
    return { ncy, fromNeed: need, fromSetting: setting };
  });

/** The seed year's population, one row per non-empty cell. */
export function initialPopulationRows(parameters: ModelParameters): PopulationRow[] {
  const rows: PopulationRow[] = [];
  parameters.initialPopulation.forEach((population, cell) => {
    if (population > 0) rows.push({ ...cellName(parameters, cell), population });
  });
  return rows;
}
