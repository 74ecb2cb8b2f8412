import type { YearFlows } from './outputLayout';
import type { ModelParameters } from './modelParameters';
import { BetaCountSource, DestinationSource } from './rateSource';
import type { Rng } from './rng';
import { settingOpenAt } from './stateSpace';

// One simulated year (MODEL-NOTES §1.5): every cohort ages one NCY; leavers, then movers (and their
// destinations) are drawn per cohort with the parameters of the cell it started the year in; joiners
// are drawn per NCY from the background population and added last. Populations are Int32Arrays by cell,
// so the loop allocates nothing.

// witan.send's working NCY range (constants.clj): cohorts at NCY 21 or above are not aged but dropped,
// cohorts arriving at or below -5 or above 25 all leave, and joiners are drawn for NCYs -4..21 only.
const WITAN_LAST_AGED_NCY = 20;
const WITAN_LEAVE_AT_OR_BELOW = -5;
const WITAN_LEAVE_ABOVE = 25;
const WITAN_JOINER_NCYS = { min: -4, max: 21 };

/** Steps populations forward one year at a time under a model's parameters and options. */
export class YearStepper {
  private readonly leavers: BetaCountSource;
  private readonly movers: BetaCountSource;
  private readonly moverDestinations: DestinationSource;
  private readonly joiners: BetaCountSource;
  private readonly joinerDestinations: DestinationSource;
  /** witan.send's can-move (Q2): by arrival NCY and setting, whether another setting is open one NCY later. */
  private readonly witanCanMove: Uint8Array;
  private readonly joinerNcys: readonly number[];
  private readonly witan: boolean;

  constructor(private readonly parameters: ModelParameters) {
    const { options, space } = parameters;
    this.witan = options.ageingOut === 'silent-drop';
    this.leavers = new BetaCountSource(parameters.leaver, options.rateDraws);
    this.movers = new BetaCountSource(parameters.mover, options.rateDraws);
    this.moverDestinations = new DestinationSource(parameters.moverDestinations, options.rateDraws);
    this.joiners = new BetaCountSource(parameters.joiner, options.rateDraws);
    this.joinerDestinations = new DestinationSource(parameters.joinerDestinations, options.rateDraws);
    const settingCount = space.settings.length;
    this.witanCanMove = new Uint8Array(space.ncyCount * settingCount);
    for (let ncy = space.ncyMin; ncy <= space.ncyMax; ncy += 1) {
      const later = ncy + 1;
      for (let s = 0; s < settingCount; s += 1) {
        if (
          (space.destinationCount[s] as number) <= 1 ||
          later < space.validNcyMin ||
          later > space.validNcyMax
        )
          continue;
        for (let other = 0; other < settingCount; other += 1) {
          if (other !== s && settingOpenAt(space, other, later))
            this.witanCanMove[(ncy - space.ncyMin) * settingCount + s] = 1;
        }
      }
    }
    this.joinerNcys = parameters.parameterNcys.filter(
      (ncy) => !this.witan || (ncy >= WITAN_JOINER_NCYS.min && ncy <= WITAN_JOINER_NCYS.max),
    );
  }

  /** Call before each simulation: with per-simulation rate draws, each simulation draws its own rates. */
  startSimulation(): void {
    for (const source of [this.leavers, this.movers, this.joiners]) source.startSimulation();
    this.moverDestinations.startSimulation();
    this.joinerDestinations.startSimulation();
  }

  /** Fills `next` with the population a year after `current`; `yearIndex` indexes the projection years. */
  step(rng: Rng, current: Int32Array, next: Int32Array, yearIndex: number, flows: YearFlows): void {
    const { space } = this.parameters;
    next.fill(0);
    flows.joiners = flows.leavers = flows.movers = flows.unrecordedExits = 0;
    for (let ncyIndex = 0; ncyIndex < space.ncyCount; ncyIndex += 1) {
      const base = ncyIndex * space.stateCount;
      for (let state = 0; state < space.stateCount; state += 1) {
        const pupils = current[base + state] as number;
        if (pupils === 0) continue;
        if (this.witan) this.witanCohort(rng, base + state, pupils, next, flows);
        else this.explicitCohort(rng, base + state, pupils, next, flows);
      }
    }
    this.addJoiners(rng, next, yearIndex, flows);
  }

  private witanCohort(rng: Rng, cell: number, pupils: number, next: Int32Array, flows: YearFlows): void {
    const { space } = this.parameters;
    const ncy = space.ncyMin + Math.floor(cell / space.stateCount);
    const arrival = ncy + 1;
    // In witan.send's order: too old to age, outside its working range, then (Q1) no parameters for
    // an invalid cell, which makes the cohort silently disappear.
    if (ncy > WITAN_LAST_AGED_NCY) {
      flows.unrecordedExits += pupils;
      return;
    }
    if (arrival <= WITAN_LEAVE_AT_OR_BELOW || arrival > WITAN_LEAVE_ABOVE) {
      flows.leavers += pupils;
      return;
    }
    if (space.validCell[cell] !== 1) {
      flows.unrecordedExits += pupils;
      return;
    }
    const left = this.leavers.draw(rng, cell, pupils);
    flows.leavers += left;
    const remaining = pupils - left;
    const setting = cell % space.settings.length;
    const arrivalCell = cell + space.stateCount;
    let moved = 0;
    if (
      this.witanCanMove[(arrival - space.ncyMin) * space.settings.length + setting] === 1 &&
      this.movers.has(cell)
    ) {
      moved = this.movers.draw(rng, cell, remaining);
      if (moved > 0 && !this.moverDestinations.has(cell)) {
        // witan.send's sampler throws "Missing alphas" here and the step catches it, so the rest of the
        // cohort, movers and stayers alike, disappears without being recorded.
        flows.unrecordedExits += remaining;
        return;
      }
      this.moveOut(rng, cell, moved, arrival, next);
    }
    flows.movers += moved;
    next[arrivalCell] = (next[arrivalCell] as number) + remaining - moved;
  }

  private explicitCohort(rng: Rng, cell: number, pupils: number, next: Int32Array, flows: YearFlows): void {
    const { space } = this.parameters;
    const arrival = space.ncyMin + Math.floor(cell / space.stateCount) + 1;
    if (arrival > space.ncyMax) {
      flows.leavers += pupils;
      return;
    }
    const left = this.leavers.has(cell) ? this.leavers.draw(rng, cell, pupils) : 0;
    const remaining = pupils - left;
    const arrivalCell = cell + space.stateCount;
    const canMove = this.moverDestinations.has(cell);
    flows.leavers += left;
    if (space.validCell[arrivalCell] === 1) {
      const moved = canMove && this.movers.has(cell) ? this.movers.draw(rng, cell, remaining) : 0;
      this.moveOut(rng, cell, moved, arrival, next);
      flows.movers += moved;
      next[arrivalCell] = (next[arrivalCell] as number) + remaining - moved;
    } else if (canMove) {
      // Ageing out of the setting's range (or starting in an invalid cell): everyone left must move.
      this.moveOut(rng, cell, remaining, arrival, next);
      flows.movers += remaining;
    } else {
      // Nowhere valid to go: they leave, and are counted as leavers.
      flows.leavers += remaining;
    }
  }

  private moveOut(rng: Rng, cell: number, moved: number, arrival: number, next: Int32Array): void {
    if (moved <= 0) return;
    this.moverDestinations.draw(rng, cell, moved);
    this.flush(
      this.moverDestinations,
      cell,
      (arrival - this.parameters.space.ncyMin) * this.parameters.space.stateCount,
      next,
    );
  }

  private addJoiners(rng: Rng, next: Int32Array, yearIndex: number, flows: YearFlows): void {
    const { space, projectionPopulation } = this.parameters;
    for (const ncy of this.joinerNcys) {
      const ncyIndex = ncy - space.ncyMin;
      // Binomial trials need a whole number: population projections may carry decimals.
      const people = Math.round(projectionPopulation[yearIndex * space.ncyCount + ncyIndex] as number);
      if (!(people > 0) || !this.joiners.has(ncyIndex) || !this.joinerDestinations.has(ncyIndex)) continue;
      const joined = this.joiners.draw(rng, ncyIndex, people);
      if (joined === 0) continue;
      this.joinerDestinations.draw(rng, ncyIndex, joined);
      this.flush(this.joinerDestinations, ncyIndex, ncyIndex * space.stateCount, next);
      flows.joiners += joined;
    }
  }

  /** Moves drawn destination counts of an owner into `next` at an NCY's base cell, and clears them. */
  private flush(source: DestinationSource, owner: number, base: number, next: Int32Array): void {
    const { start, state } = source.table;
    const counts = source.counts;
    for (let i = start[owner] as number; i < (start[owner + 1] as number); i += 1) {
      const count = counts[i] as number;
      if (count === 0) continue;
      next[base + (state[i] as number)] = (next[base + (state[i] as number)] as number) + count;
      counts[i] = 0;
    }
  }
}
