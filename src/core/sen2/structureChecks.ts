import type { IsoDate } from '../periods';
import { finding, type Sen2Finding } from './finding';
import { openOn, type ReturnIndex } from './returnIndex';
import type { Sen2Placement } from './sen2Return';

// How a child's records hang together: an open plan should have a placement and a primary need; a plan
// has one primary need; a child attends one rank-1 placement and holds one plan at a time; a ceased plan
// says why it ceased. Two primary needs is an error (the census could not say which need); the rest are
// gaps the DfE queries, so they are warnings.

const overlaps = (
  a: { start: string | null; end: string | null },
  b: { start: string | null; end: string | null },
) => (a.start ?? '') <= (b.end ?? '9999-12-31') && (b.start ?? '') <= (a.end ?? '9999-12-31');

/** Every structural finding. */
export function structureFindings(index: ReturnIndex, referenceDate: IsoDate): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  for (const active of index.activePlans) {
    const primary = active.needs.filter((n) => n.rank === 1);
    for (const extra of primary.slice(1))
      found.push(
        finding(
          'two-primary-needs',
          {
            module: 'senneed',
            row: extra.row,
            column: 'sentyperank',
            value: '1',
            personId: active.person.personId,
          },
          `line ${String(primary[0]!.row)} is already this plan's rank-1 need (${primary[0]!.need}): rank the others 2`,
        ),
      );
  }
  for (const plans of index.plansByPerson.values()) {
    const person = plans[0]!.person;
    const who = { personId: person.personId };
    const actives = index.activePlansByPerson.get(person.row) ?? [];
    for (const { plan } of plans) {
      if (plan.ceaseDate && plan.ceaseReason === null)
        found.push(
          finding(
            'ceased-without-reason',
            { module: 'namedplan', row: plan.row, column: 'ceasereason', value: '', ...who },
            `the plan ceased on ${plan.ceaseDate} without a reason (1-9)`,
          ),
        );
    }
    const open = plans.filter((p) => openOn(p.plan.startDate, p.plan.ceaseDate, referenceDate));
    for (const { plan } of open.slice(0, 1)) {
      const placed = actives.some((a) =>
        a.placements.some((pl) => openOn(pl.entryDate, pl.leavingDate, referenceDate)),
      );
      if (!placed)
        found.push(
          finding(
            'plan-without-placement',
            { module: 'namedplan', row: plan.row, ...who },
            `the plan is open on ${referenceDate} but the child has no placement open that day: the census uses the setting the plan names`,
          ),
        );
      if (!actives.some((a) => a.needs.some((n) => n.rank === 1)))
        found.push(
          finding(
            'plan-without-need',
            { module: 'namedplan', row: plan.row, ...who },
            `the plan is open on ${referenceDate} but the child has no rank-1 need: the census counts the need as unknown`,
          ),
        );
    }
    const sorted = [...plans].sort((a, b) => (a.plan.startDate ?? '').localeCompare(b.plan.startDate ?? ''));
    for (let i = 1; i < sorted.length; i += 1) {
      const later = sorted[i]!.plan;
      const earlier = sorted
        .slice(0, i)
        .find((e) =>
          overlaps(
            { start: e.plan.startDate, end: e.plan.ceaseDate },
            { start: later.startDate, end: later.ceaseDate },
          ),
        );
      if (earlier)
        found.push(
          finding(
            'two-plans-at-once',
            { module: 'namedplan', row: later.row, column: 'startdate', value: later.startDate, ...who },
            `the child's plan on line ${String(earlier.plan.row)} is still open when this one starts: cease the earlier plan`,
          ),
        );
    }
    const firsts = actives
      .flatMap((a) => a.placements)
      .filter((p) => (p.rank ?? 1) === 1)
      .sort((a, b) => (a.entryDate ?? '').localeCompare(b.entryDate ?? ''));
    found.push(...overlappingPlacements(firsts, person.personId));
  }
  return found;
}

function overlappingPlacements(firsts: readonly Sen2Placement[], personId: string): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  for (let i = 1; i < firsts.length; i += 1) {
    const later = firsts[i]!;
    const earlier = firsts
      .slice(0, i)
      .find((e) =>
        overlaps(
          { start: e.entryDate, end: e.leavingDate },
          { start: later.entryDate, end: later.leavingDate },
        ),
      );
    if (earlier)
      found.push(
        finding(
          'overlapping-primary-placements',
          {
            module: 'placementdetail',
            row: later.row,
            column: 'entrydate',
            value: later.entryDate,
            personId,
          },
          `the rank-1 placement on line ${String(earlier.row)} has not ended when this one starts: give it a leaving date, or rank one of them 2`,
        ),
      );
  }
  return found;
}
