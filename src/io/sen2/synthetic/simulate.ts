import type { Rng } from '../../../core/forecast/rng';
import {
  academicYearOf,
  addDays,
  isoDateFromParts,
  januaryCensusDate,
  type IsoDate,
} from '../../../core/periods';
import { ncyOf } from '../../../core/placements';
import { chance, dateBetween, pickWeighted, wholeBetween } from './draw';
import {
  establishmentFor,
  phaseOfNcy,
  settingForPhase,
  takesPhase,
  type EstablishmentCatalogue,
  type SyntheticEstablishment,
} from './establishments';

// A made-up council's caseload, year by year: at each January census exactly the target number of
// children hold an open plan. Between two censuses some children leave (every young person at the end of
// the academic year they turn 25; others at rates by age, with cease reasons by age), and exactly enough
// new plans start to reach the next target. Placements change when a child moves phase (Reception, Year
// 7, Year 12, Year 15) or, now and then, mid-phase. Requests that did not become plans (not assessed, not
// issued) are made for the funnel. Nothing here describes a real child.

/** One placement of a synthetic child. */
export interface SyntheticPlacement extends SyntheticEstablishment {
  readonly entry: IsoDate;
  leaving: IsoDate | null;
}

/** A request, its assessment and, when one was issued, its plan. */
export interface SyntheticRequest {
  readonly received: IsoDate;
  readonly outcome: 'A' | 'N' | 'W' | 'H' | null;
  readonly outcomeDate: IsoDate | null;
  readonly assessment: { outcome: 'Y' | 'N' | 'H'; outcomeDate: IsoDate | null; week20: boolean } | null;
  readonly plan: SyntheticPlan | null;
}

/** A named plan. */
export interface SyntheticPlan {
  readonly start: IsoDate;
  cease: IsoDate | null;
  ceaseReason: number | null;
  readonly transferLa: string | null;
  readonly placements: SyntheticPlacement[];
}

/** A made-up child or young person. */
export interface SyntheticChild {
  readonly id: number;
  readonly birthDate: IsoDate;
  readonly sex: 'M' | 'F';
  readonly needs: readonly string[];
  readonly requests: SyntheticRequest[];
}

/** What the simulation is asked to reproduce. */
export interface CaseloadTargets {
  /** Children with an open plan at each January census (calendar year -> number); consecutive years. */
  readonly januaryTotals: ReadonlyMap<number, number>;
  /** Primary need weights. */
  readonly needWeights: ReadonlyArray<readonly [string, number]>;
  /** Age (on 31 August) weights of the first census's caseload. */
  readonly caseloadAgeWeights: ReadonlyArray<readonly [number, number]>;
  /** Age (on 31 August) weights of children whose plans start. */
  readonly joinerAgeWeights: ReadonlyArray<readonly [number, number]>;
}

const leaveRate = (ncy: number) =>
  ncy < 11 ? 0.035 : ncy === 11 ? 0.06 : ncy <= 13 ? 0.12 : ncy <= 15 ? 0.2 : 0.3;
/** Where transferred-in plans come from (Kingston's neighbours' LA numbers). */
const neighbourLas = [
  ['315', 1],
  ['316', 1],
  ['317', 1],
  ['318', 1],
  ['319', 1],
  ['320', 1],
] as const;
const youngReasons = [
  [2, 45],
  [5, 35],
  [7, 10],
  [9, 8],
  [8, 2],
] as const;
const olderReasons = [
  [2, 15],
  [3, 15],
  [4, 15],
  [5, 15],
  [6, 30],
  [9, 10],
] as const;

/** Builds the children; `catalogue` gives the establishments. */
export function simulateCaseload(
  rng: Rng,
  targets: CaseloadTargets,
  catalogue: EstablishmentCatalogue,
): SyntheticChild[] {
  const years = [...targets.januaryTotals.keys()].sort((a, b) => a - b);
  const children: SyntheticChild[] = [];
  let nextId = 1;
  const ncyAt = (child: SyntheticChild, date: IsoDate) => ncyOf(child.birthDate, academicYearOf(date));
  const place = (plan: SyntheticPlan, ncy: number, entry: IsoDate) => {
    const current = plan.placements.at(-1);
    if (current) current.leaving = addDays(entry, -1);
    plan.placements.push({
      ...establishmentFor(rng, catalogue, settingForPhase(rng, phaseOfNcy(ncy))),
      entry,
      leaving: null,
    });
  };
  const newChild = (ageOn31August: number, census: IsoDate): SyntheticChild => {
    const ay = academicYearOf(census);
    const start = Number(ay.slice(0, 4));
    const birth = dateBetween(
      rng,
      isoDateFromParts({ year: start - ageOn31August - 1, month: 8, day: 31 }),
      isoDateFromParts({ year: start - ageOn31August, month: 9, day: 1 }),
    );
    const child: SyntheticChild = {
      id: nextId++,
      birthDate: birth,
      sex: chance(rng, 0.71) ? 'M' : 'F',
      needs: [
        pickWeighted(rng, targets.needWeights),
        ...(chance(rng, 0.4) ? [pickWeighted(rng, targets.needWeights)] : []),
      ].filter((n, i, all) => all.indexOf(n) === i),
      requests: [],
    };
    children.push(child);
    return child;
  };
  const issue = (
    child: SyntheticChild,
    start: IsoDate,
    transferLa: string | null,
    historic: boolean,
    firstPlacement?: { ncy: number; entry: IsoDate },
  ): SyntheticPlan => {
    const plan: SyntheticPlan = { start, cease: null, ceaseReason: null, transferLa, placements: [] };
    const days = wholeBetween(rng, 90, 230);
    const received = addDays(start, -days);
    const old = historic || transferLa !== null;
    child.requests.push({
      received,
      outcome: old ? 'H' : 'A',
      outcomeDate: old ? null : addDays(received, wholeBetween(rng, 28, 42)),
      assessment: {
        outcome: old ? 'H' : 'Y',
        outcomeDate: old ? null : addDays(start, -wholeBetween(rng, 0, 14)),
        week20: !old && days > 140 && chance(rng, 0.25),
      },
      plan,
    });
    if (firstPlacement) place(plan, firstPlacement.ncy, firstPlacement.entry);
    else place(plan, ncyAt(child, start), start);
    return plan;
  };

  let open: Array<{ child: SyntheticChild; plan: SyntheticPlan }> = [];
  const first = years[0]!;
  const firstCensus = januaryCensusDate(first);
  for (let i = 0; i < targets.januaryTotals.get(first)!; i += 1) {
    const child = newChild(pickWeighted(rng, targets.caseloadAgeWeights), firstCensus);
    const earliest = addDays(child.birthDate, 2 * 365);
    const from = earliest > addDays(firstCensus, -8 * 365) ? earliest : addDays(firstCensus, -8 * 365);
    const start =
      from < addDays(firstCensus, -30) ? dateBetween(rng, from, firstCensus) : addDays(firstCensus, -20);
    // The placement they are in: since they entered their current phase, or since the plan started.
    const ncy = ncyAt(child, firstCensus);
    const phaseStart = { early: -4, primary: 1, secondary: 7, post16: 12, adult: 15 }[phaseOfNcy(ncy)];
    const entered = `${String(Number(academicYearOf(firstCensus).slice(0, 4)) - (ncy - phaseStart))}-09-01`;
    open.push({
      child,
      plan: issue(child, start, null, true, { ncy, entry: entered > start ? entered : start }),
    });
  }
  for (const year of years.slice(0, -1)) {
    const c0 = januaryCensusDate(year);
    const c1 = januaryCensusDate(year + 1);
    const september = `${String(year)}-09-01`;
    const stayers: typeof open = [];
    for (const entry of open) {
      const ncy = ncyAt(entry.child, c0);
      if (ncy >= 20) {
        entry.plan.cease = `${String(year)}-07-31`;
        entry.plan.ceaseReason = 1;
      } else if (chance(rng, leaveRate(ncy))) {
        entry.plan.cease = dateBetween(rng, c0, c1);
        entry.plan.ceaseReason = chance(rng, 0.02)
          ? null
          : pickWeighted(rng, ncy >= 12 ? olderReasons : youngReasons);
      }
      if (entry.plan.cease) {
        const last = entry.plan.placements.at(-1)!;
        if (last.entry > entry.plan.cease) entry.plan.placements.pop();
        entry.plan.placements.at(-1)!.leaving = entry.plan.cease;
        continue;
      }
      stayers.push(entry);
      const before = phaseOfNcy(ncy);
      const after = phaseOfNcy(ncyAt(entry.child, september));
      const current = entry.plan.placements.at(-1)!;
      if (
        (before !== after && (!takesPhase(current.settingType, after) || chance(rng, 0.6))) ||
        chance(rng, 0.04)
      )
        place(
          entry.plan,
          ncyAt(entry.child, september),
          current.entry < september ? september : addDays(current.entry, 1),
        );
    }
    const joiners = targets.januaryTotals.get(year + 1)! - stayers.length;
    if (joiners < 0)
      throw new RangeError(`the target for ${String(year + 1)} falls faster than children leave`);
    for (let i = 0; i < joiners; i += 1) {
      const child = newChild(pickWeighted(rng, targets.joinerAgeWeights), c1);
      const transfer = chance(rng, 0.05) ? pickWeighted(rng, neighbourLas) : null;
      const plan = issue(child, dateBetween(rng, c0, c1), transfer, false);
      // A plan that starts before September moves with the child if September takes them into a new phase.
      const ncy = ncyAt(child, plan.start);
      if (plan.start < september && phaseOfNcy(ncy) !== phaseOfNcy(ncyAt(child, september)))
        place(plan, ncyAt(child, september), september);
      stayers.push({ child, plan });
    }
    // Requests that did not become plans: not assessed, assessed and not issued, or (a few) still waiting.
    for (let i = 0; i < Math.round(joiners * 0.45); i += 1) {
      const child = newChild(pickWeighted(rng, targets.joinerAgeWeights), c1);
      const received = dateBetween(rng, c0, addDays(c1, -60));
      const kind = pickWeighted(rng, [
        ['N', 70],
        ['W', 8],
        ['assessed', 20],
        ['waiting', 2],
      ] as const);
      child.requests.push(
        kind === 'waiting'
          ? {
              received: addDays(c0, wholeBetween(rng, 100, 180)),
              outcome: null,
              outcomeDate: null,
              assessment: null,
              plan: null,
            }
          : kind === 'assessed'
            ? {
                received,
                outcome: 'A',
                outcomeDate: addDays(received, 40),
                assessment: { outcome: 'N', outcomeDate: addDays(received, 110), week20: false },
                plan: null,
              }
            : {
                received,
                outcome: kind,
                outcomeDate: addDays(received, wholeBetween(rng, 20, 42)),
                assessment: null,
                plan: null,
              },
      );
    }
    open = stayers;
  }
  return children;
}
