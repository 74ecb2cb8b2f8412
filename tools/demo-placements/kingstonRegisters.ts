import { addDays, daysBetweenInclusive, financialYearEnd, financialYearStart } from '../../src/core/periods';
import {
  ageOn,
  isActiveOn,
  noContributions,
  partners,
  placementCostInYear,
  settingTypeOf,
  type CostBasis,
  type Partner,
  type Phase,
  type Placement,
} from '../../src/core/placements';
import { amountsAddingUpTo, Draw, evolveAmounts } from './draw';
import {
  fillerGroups,
  kingstonGroups,
  providerKinds,
  ukprnTypes,
  type FillerSpec,
  type GroupSpec,
} from './groups';
import {
  baselineTargets,
  contributionChangeTargets,
  contributionsIn2020to21,
  mayTargets,
  type RegisterTargets,
} from './targets';
import { checkRegister } from './verify';

// The demo's two SYNTHETIC placement registers for Kingston (as at 31 March 2021 and 31 May 2021), made
// up so that the product's own figures reproduce seed 003 exactly (see targets.ts and
// docs/formats/placements.md "The demo registers"). Every draw comes from one seeded generator: the same
// seed gives the same files, byte for byte; `npx tsx tools/demo-placements/generate.ts` writes them.

/** The seed of the committed demo registers. */
export const demoSeed = 20210531;

const ageDate = '2020-08-31'; // both registers are in academic year 2020/21

/** One placement as it stands in each register it is in (amounts in pence). */
interface Slot {
  readonly childId: string;
  readonly dateOfBirth: string;
  readonly primaryNeed: string;
  readonly settingType: string;
  readonly provider: string;
  readonly urn: string | null;
  readonly inBorough: boolean;
  readonly startDate: string;
  readonly costBasis: CostBasis;
  readonly placeFunding: number;
  /** A tuition or therapy package of a child who has another placement: its cost is other cost. */
  readonly dual: boolean;
  readonly phase: Phase;
  previous: Stand | null;
  current: Stand | null;
}
interface Stand {
  cost: number;
  endDate: string | null;
  contributions: Record<Partner, number>;
}

class Builder {
  readonly slots: Slot[] = [];
  private nextChild = 1;
  private readonly providers = new Map<string, { name: string; urn: string | null }>();
  constructor(readonly draw: Draw) {}

  childId(): string {
    return `SYN-${String(this.nextChild++).padStart(4, '0')}`;
  }

  provider(settingType: string, inBorough: boolean): { name: string; urn: string | null } {
    const letters = inBorough ? 'ABCD' : 'EFGHJK';
    const letter = letters[this.draw.int(0, letters.length - 1)]!;
    const key = `${settingType}|${letter}`;
    let found = this.providers.get(key);
    if (!found) {
      const kind = Object.keys(providerKinds).indexOf(settingType);
      const n = String(kind).padStart(2, '0') + String(letter.charCodeAt(0) - 64).padStart(2, '0');
      found = {
        name: `Synthetic ${providerKinds[settingType] ?? settingType} ${letter}`,
        urn:
          settingType === 'other_arrangements_la'
            ? null
            : ukprnTypes.has(settingType)
              ? `1999${n}`
              : `9${n}0`,
      };
      this.providers.set(key, found);
    }
    return found;
  }

  /** A new placement of a group (not yet in either register). */
  slot(spec: GroupSpec, start: 'established' | 'added' | 'future', host?: Slot): Slot {
    const d = this.draw;
    const age = host ? ageOn(host.dateOfBirth, ageDate) : d.int(spec.ages[0], spec.ages[1]);
    const dateOfBirth = host?.dateOfBirth ?? addDays(`${String(2019 - age)}-09-01`, d.int(0, 364));
    const settingType = host ? 'other_arrangements_la' : d.pick(spec.settingTypes);
    const inBorough = host ? true : spec.inBorough === 'either' ? d.u() < 0.6 : spec.inBorough;
    const provider = this.provider(settingType, inBorough);
    const firstYear = Math.max(2014, spec.phase === 'over16' ? 2036 - age : 2024 - age);
    const startDate =
      start === 'future'
        ? '2021-09-01'
        : start === 'added'
          ? addDays('2021-04-12', d.int(0, 42))
          : firstYear > 2019
            ? '2020-09-01'
            : `${String(d.int(firstYear, 2019))}-09-01`;
    const costBasis: CostBasis =
      spec.costBasis === 'either' ? (d.u() < 0.5 ? 'academic' : 'financial') : spec.costBasis;
    const slot: Slot = {
      childId: host?.childId ?? this.childId(),
      dateOfBirth,
      primaryNeed: host?.primaryNeed ?? d.pick(spec.needs),
      settingType,
      provider: provider.name,
      urn: provider.urn,
      inBorough,
      startDate,
      costBasis: host ? 'academic' : costBasis,
      placeFunding: host ? 0 : spec.placeFunding * 100,
      dual: host !== undefined,
      phase: spec.phase,
      previous: null,
      current: null,
    };
    this.slots.push(slot);
    return slot;
  }
}

const stand = (cost: number, endDate: string | null = null): Stand => ({
  cost,
  endDate,
  contributions: { ...noContributions },
});

/** A group in both registers: averages exactly `previousTotal` / `currentTotal` over its open rows. */
function buildGroup(
  b: Builder,
  spec: GroupSpec,
  previousTotal: number,
  currentTotal: number,
  hosts?: { continuing: number; added: number; from: Slot[] },
): void {
  const { draw } = b;
  const hostFor = (i: number, count: number) => (hosts && i < count ? pickHost(b, hosts.from) : undefined);
  const continuing = Array.from({ length: spec.continuing }, (_, i) =>
    b.slot(spec, 'established', hostFor(i, hosts?.continuing ?? 0)),
  );
  const ceased = Array.from({ length: spec.ceased }, () => b.slot(spec, 'established'));
  const added = Array.from({ length: spec.added }, (_, i) =>
    b.slot(spec, 'added', hostFor(i, hosts?.added ?? 0)),
  );
  // The dearest placements cease where the mean falls between the registers, the cheapest where it rises.
  const falling =
    currentTotal / (spec.continuing + spec.added) < previousTotal / (spec.continuing + spec.ceased);
  const before = amountsAddingUpTo(draw, continuing.length + ceased.length, previousTotal, spec.spread);
  const ceasedAmounts = [...before].sort((x, y) => (falling ? y - x : x - y)).slice(0, ceased.length);
  for (const amount of ceasedAmounts) before.push(...before.splice(before.indexOf(amount), 1));
  [...continuing, ...ceased].forEach((s, i) => (s.previous = stand(before[i]! * 100)));
  ceased.forEach((s) => (s.current = stand(s.previous!.cost, addDays('2021-04-09', draw.int(0, 42)))));
  const after = evolveAmounts(
    draw,
    before.slice(0, continuing.length),
    added.length,
    currentTotal,
    spec.spread,
    0.2,
  );
  continuing.forEach((s, i) => (s.current = stand(after.continuing[i]! * 100)));
  added.forEach((s, i) => (s.current = stand(after.added[i]! * 100)));
}

function pickHost(b: Builder, from: Slot[]): Slot {
  const taken = new Set(b.slots.filter((s) => s.dual).map((s) => s.childId));
  const candidates = from.filter(
    (s) => !s.dual && !taken.has(s.childId) && s.previous && s.current && s.current.endDate === null,
  );
  return b.draw.pick(candidates);
}

/** The placement a slot is in one register, or null when it is not in it. */
function placementIn(s: Slot, which: 'previous' | 'current'): Placement | null {
  const st = s[which];
  if (!st) return null;
  const placeFunding = s.dual ? 0 : Math.min(s.placeFunding, st.cost);
  return {
    childId: s.childId,
    dateOfBirth: s.dateOfBirth,
    ncy: null,
    primaryNeed: s.primaryNeed,
    settingType: s.settingType,
    provider: s.provider,
    urn: s.urn,
    inBorough: s.inBorough,
    startDate: s.startDate,
    endDate: st.endDate,
    costBasis: s.costBasis,
    placeFunding,
    topUp: s.dual ? 0 : st.cost - placeFunding,
    otherCost: s.dual ? st.cost : 0,
    contributions: { ...st.contributions },
    councilCategory: null,
  };
}

function register(b: Builder, which: 'previous' | 'current'): Placement[] {
  return b.slots.flatMap((s) => placementIn(s, which) ?? []);
}

/**
 * Rows that are not open on the register's date but cost something in its year (leavers in 2020-21,
 * agreed September 2021 starts in 2021-22), added until KPI 37 (cost per child) and KPI 38 (independent
 * share) come out as published. Financial-year rates, so a rate can be found for any cost to the penny.
 */
function tuneYear(b: Builder, which: 'previous' | 'current', targets: RegisterTargets): void {
  const fy = targets.financialYear;
  const placements = register(b, which);
  const costs = placements.map((p) => placementCostInYear(p, fy).gross);
  const total = costs.reduce((s, c) => s + c, 0);
  const independent = placements.reduce(
    (s, p, i) => s + (settingTypeOf(p.settingType).independentSector ? costs[i]! : 0),
    0,
  );
  const children = new Set(placements.filter((p) => isActiveOn(p, targets.asAt)).map((p) => p.childId)).size;
  const wantTotal = targets.averageCostOfEhcp * 100 * children;
  const wantIndependent = Math.round((wantTotal * targets.independentSharePct) / 100);
  const gaps = [
    { spec: kingstonGroups[0]!, gap: wantIndependent - independent, typical: 45_000_00 },
    {
      spec: kingstonGroups[1]!,
      gap: wantTotal - wantIndependent - (total - independent),
      typical: 28_000_00,
    },
  ];
  for (const { spec, gap, typical } of gaps) {
    if (gap < 0)
      throw new Error(
        `${which} register: ${spec.key} spend is £${String(-gap / 100)} over its target: change the groups`,
      );
    let rest = gap;
    while (rest > 0) {
      const slot = b.slot(
        { ...spec, costBasis: 'financial' },
        which === 'current' ? 'future' : 'established',
      );
      const end = which === 'previous' ? addDays('2020-07-10', b.draw.int(0, 230)) : null;
      const days = daysBetweenInclusive(
        slot.startDate > financialYearStart(fy) ? slot.startDate : financialYearStart(fy),
        end ?? financialYearEnd(fy),
      );
      const yearDays = daysBetweenInclusive(financialYearStart(fy), financialYearEnd(fy));
      const typicalCost = Math.round((typical * days) / yearDays);
      const cost = rest <= typicalCost * 1.5 ? rest : Math.round(typicalCost * (0.8 + 0.4 * b.draw.u()));
      const st = stand(rateFor(slot, fy, end, cost), end);
      slot[which] = st;
      rest -= cost;
    }
  }
}

/** The annual financial-year rate whose cost in `fy` (open from the slot's start to `end`) is `cost` pence. */
function rateFor(slot: Slot, fy: string, end: string | null, cost: number): number {
  const costOf = (rate: number) =>
    placementCostInYear({ ...placementIn({ ...slot, previous: stand(rate, end) }, 'previous')! }, fy).gross;
  const open = daysBetweenInclusive(
    slot.startDate > financialYearStart(fy) ? slot.startDate : financialYearStart(fy),
    end ?? financialYearEnd(fy),
  );
  const year = daysBetweenInclusive(financialYearStart(fy), financialYearEnd(fy));
  const guess = Math.floor((cost * year) / open);
  for (let rate = guess - 3; rate <= guess + 3; rate += 1) if (costOf(rate) === cost) return rate;
  throw new Error(`no rate costs ${String(cost)}p in ${fy}`);
}

/** Spreads each partner's contributions (pounds, whole £100s) over long-standing placements of both registers. */
function assignContributions(b: Builder): void {
  const { draw } = b;
  const adult = (s: Slot) => ageOn(s.dateOfBirth, ageDate) >= 18;
  const eligible = (which: 'previous' | 'current', partner: Partner) =>
    b.slots.filter((s) => {
      const st = s[which];
      const allYear = which === 'previous' ? s.startDate <= '2020-04-01' : s.startDate <= '2021-04-01';
      const forAdults = partner === 'adultSocialCare' || partner === 'adultHealth';
      return (
        st &&
        st.endDate === null &&
        allYear &&
        !s.dual &&
        st.cost >= 15_000_00 &&
        adult(s) === forAdults &&
        s.previous &&
        s.current
      );
    });
  const rowsPer: Record<Partner, number> = { socialCare: 10, adultSocialCare: 5, health: 8, adultHealth: 4 };
  for (const partner of partners) {
    const before = contributionsIn2020to21[partner];
    const after = before + contributionChangeTargets[partner];
    const pool = eligible('previous', partner).filter((s) => eligible('current', partner).includes(s));
    if (pool.length < 2) throw new Error(`too few placements for ${partner} contributions`);
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = draw.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const chosen = pool.slice(0, rowsPer[partner]);
    const split = (level: number, rows: Slot[]) => {
      const shares = amountsAddingUpTo(draw, rows.length, level / 100, 0.5).map((h) => h * 100);
      return rows.map((s, i) => [s, shares[i]! * 100] as const);
    };
    // 2020-21 on every chosen row; 2021-22 on all but the last (a contribution that stopped).
    for (const [s, amount] of split(before, chosen)) s.previous!.contributions[partner] = amount;
    const continuing = chosen.length > 2 ? chosen.slice(0, -1) : chosen;
    for (const [s, amount] of split(after, continuing)) s.current!.contributions[partner] = amount;
  }
}

/** Both registers: [as at 31 March 2021, as at 31 May 2021]. */
export function buildKingstonRegisters(seed = demoSeed): { previous: Placement[]; current: Placement[] } {
  const b = new Builder(new Draw(seed));
  const total = (spec: GroupSpec, targets: RegisterTargets, count: number) =>
    targets.categories[spec.key]! * count;
  for (const spec of kingstonGroups) {
    buildGroup(
      b,
      spec,
      total(spec, baselineTargets, spec.continuing + spec.ceased),
      total(spec, mayTargets, spec.continuing + spec.added),
    );
  }
  for (const spec of fillerGroups) buildFillers(b, spec);
  tuneYear(b, 'previous', baselineTargets);
  tuneYear(b, 'current', mayTargets);
  assignContributions(b);
  b.slots.sort((x, y) =>
    x.childId === y.childId ? x.startDate.localeCompare(y.startDate) : x.childId.localeCompare(y.childId),
  );
  const result = { previous: register(b, 'previous'), current: register(b, 'current') };
  checkRegister(result.previous, baselineTargets);
  checkRegister(result.current, mayTargets, result.previous);
  return result;
}

/** The fillers of a phase: their totals make the phase's mean the published KPI 25 / 26 exactly. */
function buildFillers(b: Builder, spec: FillerSpec): void {
  const inPhase = (which: 'previous' | 'current', targets: RegisterTargets) => {
    const open = b.slots.filter((s) => s.phase === spec.phase && s[which] && s[which].endDate === null);
    return { count: open.length, total: open.reduce((sum, s) => sum + s[which]!.cost / 100, 0), targets };
  };
  const need = ({ count, total, targets }: ReturnType<typeof inPhase>, fillers: number) =>
    targets.phases[spec.phase] * (count + fillers) - total;
  const previousTotal = need(inPhase('previous', baselineTargets), spec.continuing + spec.ceased);
  const currentTotal = need(inPhase('current', mayTargets), spec.continuing + spec.added);
  const hosts = b.slots.filter((s) => s.phase === spec.phase);
  buildGroup(b, spec, previousTotal, currentTotal, {
    continuing: spec.dualContinuing,
    added: spec.dualAdded,
    from: hosts,
  });
}

/** Pounds as the register file writes them: 12500 or 12500.25. */
function poundsText(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

const columns = [
  'child_id',
  'date_of_birth',
  'primary_need',
  'setting_type',
  'provider',
  'urn',
  'in_borough',
  'start_date',
  'end_date',
  'place_funding',
  'top_up',
  'other_cost',
  'cost_basis',
  'health_contribution',
  'social_care_contribution',
  'adult_social_care_contribution',
  'adult_health_contribution',
];

/** A register as the CSV the demo ships (the template's columns, no quoting needed: no commas in names). */
export function registerCsv(placements: readonly Placement[]): string {
  const rows = placements.map((p) =>
    [
      p.childId,
      p.dateOfBirth ?? '',
      p.primaryNeed,
      p.settingType,
      p.provider,
      p.urn ?? '',
      p.inBorough ? 'yes' : 'no',
      p.startDate,
      p.endDate ?? '',
      poundsText(p.placeFunding),
      poundsText(p.topUp),
      poundsText(p.otherCost),
      p.costBasis,
      poundsText(p.contributions.health),
      poundsText(p.contributions.socialCare),
      poundsText(p.contributions.adultSocialCare),
      poundsText(p.contributions.adultHealth),
    ].join(','),
  );
  return `${[columns.join(','), ...rows].join('\n')}\n`;
}
