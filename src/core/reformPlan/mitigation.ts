import type { ScenarioChange } from '../forecast/scenario';
import type { Pence } from '../money';
import { financialYearStartingIn, startYearOf, type FinancialYear } from '../periods';

// A mitigation of the local SEND reform plan: an action with an owner in one of the council's
// workstreams, phased in from a start year. It changes the forecast (the scenario kinds of
// docs/formats/scenario.md) or, for money-only actions (commissioning, top-up banding, contributions),
// saves an amount per financial year.

/** One mitigation. Money in pence. */
export interface Mitigation {
  /** Short, unique in the plan (its saving line's id is `mitigation-<id>`). */
  readonly id: string;
  readonly name: string;
  readonly workstream: string;
  readonly owner: string;
  /** The financial year the mitigation starts: its first phase applies to the January census in it. */
  readonly startYear: FinancialYear;
  /** The share of the full effect in each year from the start (e.g. 0.25, 0.6, 1); later years take the last. */
  readonly phaseIn: readonly number[];
  /** Forecast changes at full effect; their own `years`/`fromYear`/`untilYear` are replaced by the phasing. */
  readonly changes?: readonly ScenarioChange[];
  /** Money-only mitigations: the saving by financial year, as given (not phased). */
  readonly amounts?: Readonly<Partial<Record<FinancialYear, Pence>>>;
  /** Illustrative figures (the demo) are labelled as such wherever they are shown. */
  readonly illustrative?: boolean;
}

/** The January census year in which a financial year ends (2026-27: January 2027). */
export const censusYearOf = (year: FinancialYear): number => startYearOf(year) + 1;

/** The financial year a January census falls in (January 2027: 2026-27). */
export const financialYearOfCensusYear = (census: number): FinancialYear =>
  financialYearStartingIn(census - 1);

/** The share of the full effect in a census year: 0 before the start, the phase, then the last phase. */
export function phaseShare(mitigation: Mitigation, census: number): number {
  const index = census - censusYearOf(mitigation.startYear);
  if (index < 0 || mitigation.phaseIn.length === 0) return 0;
  return mitigation.phaseIn[Math.min(index, mitigation.phaseIn.length - 1)]!;
}

/** A factor at a share of its full effect: 1 + (factor − 1) × share. */
const partFactor = (factor: number, share: number) => 1 + (factor - 1) * share;

/**
 * The mitigation's forecast changes for the projected census years, phased: rates and joiners are
 * multiplied by 1 + (factor − 1) × phase and redirected shares by the phase, year by year, the last
 * phase running on; one-off moves of placements and caps on a setting apply in full from the start year.
 */
export function phasedChanges(mitigation: Mitigation, projected: readonly number[]): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const start = censusYearOf(mitigation.startYear);
  const last = projected.at(-1);
  if (last === undefined) return out;
  const steady = start + mitigation.phaseIn.length - 1;
  for (const change of mitigation.changes ?? []) {
    if (change.type === 'cap') {
      out.push({ ...change, years: { from: start } });
      continue;
    }
    if (change.type === 'redirect' && change.what === 'placements') {
      out.push({ ...change, fromYear: Math.max(start, projected[0] ?? start) });
      continue;
    }
    for (const census of projected) {
      if (census < start || census > steady) continue;
      const share = phaseShare(mitigation, census);
      const openEnded = census === steady;
      if (share === 0) continue;
      if (change.type === 'redirect') {
        const { untilYear: _until, ...rest } = change;
        out.push({
          ...rest,
          share: change.share * share,
          fromYear: census,
          ...(openEnded ? {} : { untilYear: census }),
        });
      } else {
        const years = openEnded ? { from: census } : { from: census, until: census };
        out.push({ ...change, factor: partFactor(change.factor, share), years });
      }
    }
  }
  return out;
}

/** What is wrong with a mitigation, in words the plan's author can act on (empty when nothing is). */
export function mitigationProblems(m: Mitigation): string[] {
  const problems: string[] = [];
  const name = `mitigation "${m.name}"`;
  if (!/^[a-z0-9][a-z0-9-]*$/u.test(m.id))
    problems.push(`${name}: the id '${m.id}' must be lower-case letters, digits and hyphens`);
  if (m.phaseIn.length === 0) problems.push(`${name}: give its phase-in, e.g. 0.25, 0.6, 1`);
  m.phaseIn.forEach((share, i) => {
    if (!(share >= 0 && share <= 1))
      problems.push(`${name}: phase ${i + 1} is ${share}; a phase is a share of the full effect from 0 to 1`);
    if (i > 0 && share < m.phaseIn[i - 1]!)
      problems.push(
        `${name}: phase ${i + 1} (${share}) is below phase ${i} (${m.phaseIn[i - 1]!}); a phase-in only grows`,
      );
  });
  const hasChanges = (m.changes?.length ?? 0) > 0;
  const hasAmounts = Object.keys(m.amounts ?? {}).length > 0;
  if (hasChanges === hasAmounts)
    problems.push(
      `${name}: give either forecast changes or money-only amounts per year${hasChanges ? ', not both' : ''}`,
    );
  for (const [year, amount] of Object.entries(m.amounts ?? {}))
    if (!Number.isSafeInteger(amount))
      problems.push(`${name}, ${year}: ${String(amount)} is not an amount in pence`);
  return problems;
}
