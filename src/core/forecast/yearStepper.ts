import type { YearFlows } from './outputLayout';
import type { ModelParameters } from './modelParameters';
import { largestRemainder } from '../money/largestRemainder';
import { binomialVariate } from './binomial';
import { BetaCountSource, DestinationSource } from './rateSource';
import type { YearAdjustment } from './scenarioPlan';
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
  private readonly joiners: BetaCountSource;
  /** One source per destination table of the plan (0 is the baseline); the year's are made current. */
  private readonly moverSources: DestinationSource[];
  private readonly joinerSources: DestinationSource[];
  private moverDestinations: DestinationSource;
  private joinerDestinations: DestinationSource;
  /** The year's scenario factors on rates (undefined: 1). */
  private leaverFactor: Float64Array | undefined;
  private moverFactor: Float64Array | undefined;
  private joinerFactor: Float64Array | undefined;
  /** Per setting: 1 when capped this year, so arrivals into it are tracked. */
  private readonly cappedThisYear: Uint8Array;
  private tracking = false;
  private readonly arrivals: Int32Array;
  /** witan.send's can-move (Q2): by arrival NCY and setting, whether another setting is open one NCY later. */
  private readonly witanCanMove: Uint8Array;
  private readonly joinerNcys: readonly number[];
  private readonly witan: boolean;

  constructor(private readonly parameters: ModelParameters) {
    const { options, space } = parameters;
    this.witan = options.ageingOut === 'silent-drop';
    this.leavers = new BetaCountSource(parameters.leaver, options.rateDraws);
    this.movers = new BetaCountSource(parameters.mover, options.rateDraws);
    this.joiners = new BetaCountSource(parameters.joiner, options.rateDraws);
    const plan = parameters.adjustments;
    this.moverSources = plan.moverTables.map(
      (table, i) => new DestinationSource(i === 0 ? parameters.moverDestinations : table, options.rateDraws),
    );
    this.joinerSources = plan.joinerTables.map(
      (table, i) => new DestinationSource(i === 0 ? parameters.joinerDestinations : table, options.rateDraws),
    );
    this.moverDestinations = this.moverSources[0] as DestinationSource;
    this.joinerDestinations = this.joinerSources[0] as DestinationSource;
    this.cappedThisYear = new Uint8Array(space.settings.length);
    this.arrivals = new Int32Array(plan.cappedSettings.length > 0 ? space.cellCount : 0);
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
    for (const source of [...this.moverSources, ...this.joinerSources]) source.startSimulation();
  }

  /** Makes the year's scenario adjustments current. */
  private useYear(yearIndex: number): YearAdjustment | undefined {
    const adjustment = this.parameters.adjustments.years[yearIndex];
    this.moverDestinations = this.moverSources[adjustment?.moverTable ?? 0] as DestinationSource;
    this.joinerDestinations = this.joinerSources[adjustment?.joinerTable ?? 0] as DestinationSource;
    this.leaverFactor = adjustment?.leaverFactor;
    this.moverFactor = adjustment?.moverFactor;
    this.joinerFactor = adjustment?.joinerFactor;
    this.cappedThisYear.fill(0);
    for (const cap of adjustment?.caps ?? []) this.cappedThisYear[cap.setting] = 1;
    this.tracking = (adjustment?.caps.length ?? 0) > 0;
    if (this.tracking) this.arrivals.fill(0);
    return adjustment;
  }

  /** Moves a share of the pupils of some cells to others, once, before the year is stepped (counted as movers). */
  private movePlacements(
    rng: Rng,
    current: Int32Array,
    moves: YearAdjustment['placementMoves'],
    flows: YearFlows,
  ): void {
    for (const move of moves) {
      const pupils = current[move.fromCell] as number;
      if (pupils === 0) continue;
      const moved = binomialVariate(rng, pupils, move.share);
      current[move.fromCell] = pupils - moved;
      current[move.toCell] = (current[move.toCell] as number) + moved;
      flows.movers += moved;
    }
  }

  /**
   * Applies the year's caps after everyone has arrived: pupils already in the setting stay; arrivals
   * beyond the cap are redirected (pro rata over the cells they arrived in, largest remainder), or left
   * and reported; whoever is still over the cap is counted in `overCap`.
   */
  private applyCaps(next: Int32Array, caps: YearAdjustment['caps'], flows: YearFlows): void {
    const { space, adjustments } = this.parameters;
    const settingCount = space.settings.length;
    for (const cap of caps) {
      let total = 0;
      let arrived = 0;
      const cells: number[] = [];
      for (let cell = cap.setting; cell < space.cellCount; cell += settingCount) {
        total += next[cell] as number;
        if ((this.arrivals[cell] as number) > 0) {
          arrived += this.arrivals[cell] as number;
          cells.push(cell);
        }
      }
      if (total > cap.places && cap.redirectTo >= 0 && arrived > 0) {
        const take = Math.min(total - cap.places, arrived);
        const shares = largestRemainder(
          cells.map((cell) => ((this.arrivals[cell] as number) * take) / arrived),
          take,
        );
        cells.forEach((cell, i) => {
          const target = cell - cap.setting + cap.redirectTo;
          const amount = shares[i] as number;
          if (amount === 0 || (!this.witan && space.validCell[target] !== 1)) return;
          next[cell] = (next[cell] as number) - amount;
          next[target] = (next[target] as number) + amount;
          total -= amount;
          flows.capRedirected = (flows.capRedirected ?? 0) + amount;
        });
      }
      const over = Math.max(0, total - cap.places);
      if (flows.overCap && over > 0) {
        const k = adjustments.cappedSettings.indexOf(cap.setting);
        flows.overCap[k] = Math.max(flows.overCap[k] as number, over);
      }
    }
  }

  /** Fills `next` with the population a year after `current`; `yearIndex` indexes the projection years. */
  step(rng: Rng, current: Int32Array, next: Int32Array, yearIndex: number, flows: YearFlows): void {
    const { space } = this.parameters;
    next.fill(0);
    flows.joiners = flows.leavers = flows.movers = flows.unrecordedExits = 0;
    flows.capRedirected = 0;
    flows.overCap?.fill(0);
    const adjustment = this.useYear(yearIndex);
    if (adjustment && adjustment.placementMoves.length > 0)
      this.movePlacements(rng, current, adjustment.placementMoves, flows);
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
    if (this.tracking && adjustment) this.applyCaps(next, adjustment.caps, flows);
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
    const left = this.leavers.draw(
      rng,
      cell,
      pupils,
      this.leaverFactor ? (this.leaverFactor[cell] as number) : 1,
    );
    flows.leavers += left;
    const remaining = pupils - left;
    const setting = cell % space.settings.length;
    const arrivalCell = cell + space.stateCount;
    let moved = 0;
    if (
      this.witanCanMove[(arrival - space.ncyMin) * space.settings.length + setting] === 1 &&
      this.movers.has(cell)
    ) {
      moved = this.movers.draw(
        rng,
        cell,
        remaining,
        this.moverFactor ? (this.moverFactor[cell] as number) : 1,
      );
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
    const left = this.leavers.has(cell)
      ? this.leavers.draw(rng, cell, pupils, this.leaverFactor ? (this.leaverFactor[cell] as number) : 1)
      : 0;
    const remaining = pupils - left;
    const arrivalCell = cell + space.stateCount;
    const canMove = this.moverDestinations.has(cell);
    flows.leavers += left;
    if (space.validCell[arrivalCell] === 1) {
      const moved =
        canMove && this.movers.has(cell)
          ? this.movers.draw(rng, cell, remaining, this.moverFactor ? (this.moverFactor[cell] as number) : 1)
          : 0;
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
      const joined = this.joiners.draw(
        rng,
        ncyIndex,
        people,
        this.joinerFactor ? (this.joinerFactor[ncyIndex] as number) : 1,
      );
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
    const settingCount = this.parameters.space.settings.length;
    for (let i = start[owner] as number; i < (start[owner + 1] as number); i += 1) {
      const count = counts[i] as number;
      if (count === 0) continue;
      const cell = base + (state[i] as number);
      next[cell] = (next[cell] as number) + count;
      if (this.tracking && this.cappedThisYear[(state[i] as number) % settingCount] === 1)
        this.arrivals[cell] = (this.arrivals[cell] as number) + count;
      counts[i] = 0;
    }
  }
}
