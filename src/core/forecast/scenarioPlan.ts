import type { DestinationTable } from './destinationTable';
import {
  namesOf,
  ncyMatches,
  yearInRange,
  type CellFilter,
  type NameFilter,
  type Scenario,
  type ScenarioChange,
  type ScenarioProblem,
} from './scenario';
import type { StateSpace } from './stateSpace';

// A scenario (and the joiner trend) compiled against a model: for each projected year, factors on the
// leaver, mover and joiner rates, which destination tables to draw from, one-off placement moves and
// caps. Rates are multiplied where they are drawn (p -> min(1, f p)), so the hot loop of a baseline run
// is unchanged; a change of where movers or joiners go is a modified copy of the destination table,
// made once per distinct set of changes.

/** Pupils moved once, at the start of a year, from one cell to another (redirected placements). */
export interface PlacementMove {
  readonly fromCell: number;
  readonly toCell: number;
  readonly share: number;
}

/** A cap on a setting's places in one year; redirectTo is a setting index, or -1 to report only. */
export interface CapRule {
  readonly setting: number;
  readonly places: number;
  readonly redirectTo: number;
}

/** What changes in one projected year. Absent factors are 1. */
export interface YearAdjustment {
  readonly leaverFactor?: Float64Array;
  readonly moverFactor?: Float64Array;
  readonly joinerFactor?: Float64Array;
  /** Index into AdjustmentPlan's tables; 0 is the baseline. */
  readonly moverTable: number;
  readonly joinerTable: number;
  readonly placementMoves: readonly PlacementMove[];
  readonly caps: readonly CapRule[];
}

/** The compiled adjustments of a run, per projected year. */
export interface AdjustmentPlan {
  readonly years: readonly YearAdjustment[];
  readonly moverTables: readonly DestinationTable[];
  readonly joinerTables: readonly DestinationTable[];
  /** Settings capped in any year (their over-cap counts are an output). */
  readonly cappedSettings: readonly number[];
}

/** Thrown when a scenario does not fit the model (an unknown setting or need, say). */
export class ScenarioError extends RangeError {
  constructor(readonly problems: readonly ScenarioProblem[]) {
    super(
      `the scenario does not fit the model: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
}

/** Problems with a scenario's names against a model's needs and settings (shape is checked by parseScenario). */
export function scenarioProblems(scenario: Scenario, space: StateSpace): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const settings = (filter: NameFilter | undefined, path: string) => {
    for (const name of namesOf(filter) ?? [])
      if (!space.settingIndex.has(name))
        problems.push({
          path,
          message: `'${name}' is not a setting of this model (valid-states.csv has ${space.settings.join(', ')})`,
        });
  };
  const needs = (filter: NameFilter | undefined, path: string) => {
    for (const name of namesOf(filter) ?? [])
      if (!space.needIndex.has(name))
        problems.push({
          path,
          message: `'${name}' is not a need of this model (it has ${space.needs.join(', ')})`,
        });
  };
  const cell = (filter: CellFilter | undefined, path: string) => {
    settings(filter?.setting, `${path}.setting`);
    needs(filter?.need, `${path}.need`);
  };
  scenario.changes.forEach((change, i) => {
    const path = `changes[${i}]`;
    switch (change.type) {
      case 'multiply-rate':
        cell(change.from, `${path}.from`);
        settings(change.to?.setting, `${path}.to.setting`);
        break;
      case 'multiply-joiners':
        cell(change, path);
        break;
      case 'redirect':
        settings(change.from, `${path}.from`);
        settings(change.to, `${path}.to`);
        needs(change.need, `${path}.need`);
        break;
      case 'cap':
        settings(change.setting, `${path}.setting`);
        if (change.to !== undefined) settings(change.to, `${path}.to`);
        break;
    }
  });
  return problems;
}

interface CellName {
  readonly ncy: number;
  readonly need: string;
  readonly setting: string;
}

function cellNameOf(space: StateSpace, cell: number): CellName {
  const state = cell % space.stateCount;
  const settingCount = space.settings.length;
  return {
    ncy: space.ncyMin + Math.floor(cell / space.stateCount),
    need: space.needs[Math.floor(state / settingCount)] as string,
    setting: space.settings[state % settingCount] as string,
  };
}

function matches(filter: CellFilter | undefined, name: CellName): boolean {
  const settings = namesOf(filter?.setting);
  const needs = namesOf(filter?.need);
  return (
    (!settings || settings.includes(name.setting)) &&
    (!needs || needs.includes(name.need)) &&
    ncyMatches(filter?.ncy, name.ncy)
  );
}

const copyTable = (table: DestinationTable): DestinationTable => ({
  start: table.start,
  state: table.state,
  alpha: Float64Array.from(table.alpha),
});

/**
 * Multiplies the entries of an owner's Dirichlet that `hit` selects by f, keeping the total alpha, and
 * returns the factor on the owner's rate that keeps every other destination's expected count unchanged:
 * with share π of the mass selected, rate × (1 + (f − 1)π) and shares fπ / (1 + (f − 1)π).
 */
function tiltOwner(
  table: DestinationTable,
  owner: number,
  f: number,
  hit: (state: number) => boolean,
): number {
  const from = table.start[owner] as number;
  const to = table.start[owner + 1] as number;
  let total = 0;
  let selected = 0;
  for (let i = from; i < to; i += 1) {
    total += table.alpha[i] as number;
    if (hit(table.state[i] as number)) selected += table.alpha[i] as number;
  }
  if (total <= 0 || selected <= 0) return 1;
  const pi = selected / total;
  const rescale = total / (total + (f - 1) * selected);
  if (!(rescale > 0) || !Number.isFinite(rescale)) {
    // f = 0 and everything selected: nobody goes anywhere, which the rate factor of 0 says already.
    return 0;
  }
  for (let i = from; i < to; i += 1) {
    const weight = hit(table.state[i] as number) ? f : 1;
    table.alpha[i] = (table.alpha[i] as number) * weight * rescale;
  }
  return 1 + (f - 1) * pi;
}

/**
 * Moves `share` of the alpha of entries into setting `fromSetting` to the same need in `toSetting`
 * (the destination entry must exist in the owner's table for the move to be drawn; if it does not, the
 * table is rebuilt with it). Returns the owner's table, possibly rebuilt.
 */
function redirectOwner(
  table: DestinationTable,
  owner: number,
  space: StateSpace,
  fromSetting: number,
  toSetting: number,
  share: number,
  needOk: (need: number) => boolean,
  targetValid: (state: number) => boolean,
  skipped: (state: number) => void,
): DestinationTable {
  const settingCount = space.settings.length;
  const from = table.start[owner] as number;
  const to = table.start[owner + 1] as number;
  const moves = new Map<number, number>();
  for (let i = from; i < to; i += 1) {
    const state = table.state[i] as number;
    const need = Math.floor(state / settingCount);
    if (state % settingCount !== fromSetting || !needOk(need)) continue;
    const target = need * settingCount + toSetting;
    if (!targetValid(target)) {
      skipped(state);
      continue;
    }
    const amount = (table.alpha[i] as number) * share;
    table.alpha[i] = (table.alpha[i] as number) - amount;
    moves.set(target, (moves.get(target) ?? 0) + amount);
  }
  if (moves.size === 0) return table;
  for (let i = from; i < to; i += 1) {
    const state = table.state[i] as number;
    const amount = moves.get(state);
    if (amount === undefined) continue;
    table.alpha[i] = (table.alpha[i] as number) + amount;
    moves.delete(state);
  }
  if (moves.size === 0) return table;
  // Some targets have no entry yet: insert them into this owner's slice.
  const extra = [...moves];
  const start = new Int32Array(table.start.length);
  const state = new Int32Array(table.state.length + extra.length);
  const alpha = new Float64Array(table.alpha.length + extra.length);
  state.set(table.state.subarray(0, to));
  alpha.set(table.alpha.subarray(0, to));
  extra.forEach(([target, amount], k) => {
    state[to + k] = target;
    alpha[to + k] = amount;
  });
  state.set(table.state.subarray(to), to + extra.length);
  alpha.set(table.alpha.subarray(to), to + extra.length);
  for (let i = 0; i < start.length; i += 1)
    start[i] = (table.start[i] as number) + (i > owner ? extra.length : 0);
  return { start, state, alpha };
}

/** What the plan is built from: the model's state space, its baseline tables and projected years. */
export interface PlanBase {
  readonly space: StateSpace;
  readonly projectionYears: readonly number[];
  readonly moverDestinations: DestinationTable;
  readonly joinerDestinations: DestinationTable;
  /** Per projected year, a factor on every NCY's joiner rate (the trend), or undefined. */
  readonly joinerTrend?: readonly number[];
  /** witan.send's rules: movers may land in cells invalid at their arrival NCY. */
  readonly witan: boolean;
}

const tableChanging = (change: ScenarioChange) =>
  (change.type === 'multiply-rate' && change.to?.setting !== undefined) ||
  (change.type === 'multiply-joiners' && (change.need !== undefined || change.setting !== undefined)) ||
  (change.type === 'redirect' && change.what !== 'placements');

function activeIn(change: ScenarioChange, year: number): boolean {
  switch (change.type) {
    case 'redirect':
      return change.what === 'placements'
        ? year === change.fromYear
        : year >= change.fromYear && (change.untilYear === undefined || year <= change.untilYear);
    default:
      return yearInRange(change.years, year);
  }
}

/** Compiles a scenario (or only a trend) into per-year adjustments; `notes` gets what could not be applied. */
export function compilePlan(base: PlanBase, scenario: Scenario | undefined, notes: string[]): AdjustmentPlan {
  const { space, projectionYears } = base;
  const problems = scenario ? scenarioProblems(scenario, space) : [];
  if (problems.length > 0) throw new ScenarioError(problems);
  const changes = scenario?.changes ?? [];
  const settingCount = space.settings.length;
  const moverTables: DestinationTable[] = [base.moverDestinations];
  const joinerTables: DestinationTable[] = [base.joinerDestinations];
  const tableCache = new Map<string, [number, number, Float64Array | undefined, Float64Array | undefined]>();
  const noted = new Set<string>();
  const note = (text: string) => {
    if (!noted.has(text)) notes.push(text);
    noted.add(text);
  };
  changes.forEach((change, i) => {
    if (!projectionYears.some((year) => activeIn(change, year)))
      note(
        `${scenario?.name ?? ''} changes[${i}] (${change.type}) applies to no projected year (${projectionYears.join(', ')})`,
      );
  });
  // What could not be applied, gathered per change and reason so a note lists the NCYs and needs once.
  const skipped = new Map<string, { ncys: Set<number>; needs: Set<string> }>();
  const skip = (path: string, what: string, ncy: number, state: number) => {
    const key = `${path}: ${what}`;
    let entry = skipped.get(key);
    if (!entry) skipped.set(key, (entry = { ncys: new Set(), needs: new Set() }));
    entry.ncys.add(ncy);
    entry.needs.add(space.needs[Math.floor(state / settingCount)] as string);
  };
  const capped = new Set<number>();
  const years = projectionYears.map((year, y): YearAdjustment => {
    const active = changes
      .map((change, i) => [change, i] as const)
      .filter(([change]) => activeIn(change, year));
    let leaverFactor: Float64Array | undefined;
    let moverFactor: Float64Array | undefined;
    let joinerFactor: Float64Array | undefined;
    const trend = base.joinerTrend?.[y];
    if (trend !== undefined && trend !== 1) joinerFactor = new Float64Array(space.ncyCount).fill(trend);
    // Changes to destination tables (and the rate factors they imply) are built once per set of changes.
    const key = active
      .filter(([change]) => tableChanging(change))
      .map(([, i]) => i)
      .join(',');
    let moverTable = 0;
    let joinerTable = 0;
    if (key !== '') {
      let cached = tableCache.get(key);
      if (!cached) {
        let movers = copyTable(base.moverDestinations);
        let joiners = copyTable(base.joinerDestinations);
        const moverTilt = new Float64Array(space.cellCount).fill(1);
        const joinerTilt = new Float64Array(space.ncyCount).fill(1);
        for (const [change, i] of active) {
          if (!tableChanging(change)) continue;
          const path = `changes[${i}]`;
          if (change.type === 'multiply-rate') {
            const targets = new Set(namesOf(change.to?.setting));
            for (let cell = 0; cell < space.cellCount; cell += 1) {
              if (!matches(change.from, cellNameOf(space, cell))) continue;
              const tilt = tiltOwner(movers, cell, change.factor, (state) =>
                targets.has(space.settings[state % settingCount] as string),
              );
              moverTilt[cell] = (moverTilt[cell] as number) * tilt;
            }
          } else if (change.type === 'multiply-joiners') {
            const needs = namesOf(change.need);
            const settings = namesOf(change.setting);
            for (let n = 0; n < space.ncyCount; n += 1) {
              if (!ncyMatches(change.ncy, space.ncyMin + n)) continue;
              const tilt = tiltOwner(joiners, n, change.factor, (state) => {
                const need = space.needs[Math.floor(state / settingCount)] as string;
                const setting = space.settings[state % settingCount] as string;
                return (!needs || needs.includes(need)) && (!settings || settings.includes(setting));
              });
              joinerTilt[n] = (joinerTilt[n] as number) * tilt;
            }
          } else if (change.type === 'redirect') {
            const fromSetting = space.settingIndex.get(change.from) as number;
            const toSetting = space.settingIndex.get(change.to) as number;
            const needs = namesOf(change.need);
            const needOk = (need: number) => !needs || needs.includes(space.needs[need] as string);
            if (change.what === 'joiners') {
              for (let n = 0; n < space.ncyCount; n += 1) {
                if (!ncyMatches(change.ncy, space.ncyMin + n)) continue;
                joiners = redirectOwner(
                  joiners,
                  n,
                  space,
                  fromSetting,
                  toSetting,
                  change.share,
                  needOk,
                  (state) => space.validCell[n * space.stateCount + state] === 1,
                  (state) =>
                    skip(
                      path,
                      `joiners into ${change.from} stay there: ${change.to} does not take them`,
                      space.ncyMin + n,
                      state,
                    ),
                );
              }
            } else {
              for (let cell = 0; cell < space.cellCount; cell += 1) {
                const name = cellNameOf(space, cell);
                if (!ncyMatches(change.ncy, name.ncy) || name.setting === change.to) continue;
                const arrivalBase = (Math.floor(cell / space.stateCount) + 1) * space.stateCount;
                movers = redirectOwner(
                  movers,
                  cell,
                  space,
                  fromSetting,
                  toSetting,
                  change.share,
                  needOk,
                  (state) =>
                    base.witan ||
                    (arrivalBase < space.cellCount && space.validCell[arrivalBase + state] === 1),
                  (state) =>
                    skip(
                      path,
                      `movers to ${change.from} still go there: ${change.to} does not take them at the NCY they arrive at`,
                      name.ncy,
                      state,
                    ),
                );
              }
            }
          }
        }
        moverTables.push(movers);
        joinerTables.push(joiners);
        cached = [
          moverTables.length - 1,
          joinerTables.length - 1,
          moverTilt.some((f) => f !== 1) ? moverTilt : undefined,
          joinerTilt.some((f) => f !== 1) ? joinerTilt : undefined,
        ];
        tableCache.set(key, cached);
      }
      [moverTable, joinerTable] = cached;
      if (cached[2]) moverFactor = Float64Array.from(cached[2]);
      if (cached[3])
        joinerFactor = joinerFactor
          ? joinerFactor.map((f, n) => f * (cached[3]![n] as number))
          : Float64Array.from(cached[3]);
    }
    const placementMoves: PlacementMove[] = [];
    const caps: CapRule[] = [];
    for (const [change, i] of active) {
      const path = `changes[${i}]`;
      if (change.type === 'multiply-rate' && change.to?.setting === undefined) {
        const factors =
          change.transition === 'leavers'
            ? (leaverFactor ??= new Float64Array(space.cellCount).fill(1))
            : (moverFactor ??= new Float64Array(space.cellCount).fill(1));
        for (let cell = 0; cell < space.cellCount; cell += 1)
          if (matches(change.from, cellNameOf(space, cell)))
            factors[cell] = (factors[cell] as number) * change.factor;
      } else if (
        change.type === 'multiply-joiners' &&
        change.need === undefined &&
        change.setting === undefined
      ) {
        joinerFactor ??= new Float64Array(space.ncyCount).fill(1);
        for (let n = 0; n < space.ncyCount; n += 1)
          if (ncyMatches(change.ncy, space.ncyMin + n))
            joinerFactor[n] = (joinerFactor[n] as number) * change.factor;
      } else if (change.type === 'redirect' && change.what === 'placements') {
        const toSetting = space.settingIndex.get(change.to) as number;
        const needs = namesOf(change.need);
        for (let cell = 0; cell < space.cellCount; cell += 1) {
          const name = cellNameOf(space, cell);
          if (
            name.setting !== change.from ||
            space.validCell[cell] !== 1 ||
            !ncyMatches(change.ncy, name.ncy) ||
            (needs && !needs.includes(name.need))
          )
            continue;
          const toCell = cell - (cell % settingCount) + toSetting;
          const arrival = toCell + space.stateCount;
          const arrivesValid = arrival < space.cellCount && space.validCell[arrival] === 1;
          if (!arrivesValid || (base.witan && space.validCell[toCell] !== 1)) {
            skip(
              path,
              `pupils in ${change.from} stay there: ${change.to} does not take them at the NCY they move up to`,
              name.ncy,
              cell % space.stateCount,
            );
            continue;
          }
          placementMoves.push({ fromCell: cell, toCell, share: change.share });
        }
      } else if (change.type === 'cap') {
        const setting = space.settingIndex.get(change.setting) as number;
        capped.add(setting);
        caps.push({
          setting,
          places: change.places,
          redirectTo:
            change.excess === 'redirect' ? (space.settingIndex.get(change.to as string) as number) : -1,
        });
      }
    }
    return {
      ...(leaverFactor && { leaverFactor }),
      ...(moverFactor && { moverFactor }),
      ...(joinerFactor && { joinerFactor }),
      moverTable,
      joinerTable,
      placementMoves,
      caps,
    };
  });
  for (const [what, { ncys, needs }] of skipped) {
    const needText = needs.size === space.needs.length ? '' : ` with need ${[...needs].sort().join(', ')}`;
    note(`${what} (valid-states.csv), for NCY ${rangesText([...ncys])}${needText}`);
  }
  return { years, moverTables, joinerTables, cappedSettings: [...capped].sort((a, b) => a - b) };
}

/** "3-5, 9" for [3, 4, 5, 9]. */
function rangesText(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Whether a plan changes nothing (a baseline run without trend). */
export function planIsEmpty(plan: AdjustmentPlan): boolean {
  return plan.years.every(
    (y) =>
      !y.leaverFactor &&
      !y.moverFactor &&
      !y.joinerFactor &&
      y.moverTable === 0 &&
      y.joinerTable === 0 &&
      y.placementMoves.length === 0 &&
      y.caps.length === 0,
  );
}
