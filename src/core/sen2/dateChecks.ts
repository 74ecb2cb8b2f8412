import { addDays, type IsoDate } from '../periods';
import { ageOn } from '../placements';
import { finding, type Sen2Finding } from './finding';
import { openOn, type ReturnIndex } from './returnIndex';

// Dates out of order (errors: the census cannot place such a record in time) and ages past the end of
// the EHCP age range (a warning: a plan may run to the end of the academic year the young person turns 25).

/** The oldest age a young person may be with an open plan on a census date. */
export const maximumAge = 25;

/** Plans that start before birth or cease before they start; placements that end before they start. */
export function dateOrderFindings(index: ReturnIndex): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  for (const { plan, person } of index.plans) {
    const where = { module: 'namedplan' as const, row: plan.row, personId: person.personId };
    if (plan.startDate && person.birthDate && plan.startDate < person.birthDate)
      found.push(
        finding(
          'plan-starts-before-birth',
          { ...where, column: 'startdate', value: plan.startDate },
          `the plan starts before the child's date of birth (${person.birthDate})`,
        ),
      );
    if (plan.startDate && plan.ceaseDate && plan.ceaseDate < plan.startDate)
      found.push(
        finding(
          'plan-ceases-before-start',
          { ...where, column: 'ceasedate', value: plan.ceaseDate },
          `the plan ceases before its start date (${plan.startDate})`,
        ),
      );
  }
  for (const active of index.activePlans) {
    for (const p of active.placements) {
      if (p.entryDate && p.leavingDate && p.leavingDate < p.entryDate)
        found.push(
          finding(
            'placement-leaves-before-entry',
            {
              module: 'placementdetail',
              row: p.row,
              column: 'leavingdate',
              value: p.leavingDate,
              personId: active.person.personId,
            },
            `the placement ends before its entry date (${p.entryDate})`,
          ),
        );
    }
  }
  return found;
}

/** Children over 25 on the reference date with a plan open on it. */
export function ageFindings(index: ReturnIndex, referenceDate: IsoDate): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  for (const plans of index.plansByPerson.values()) {
    const person = plans[0]!.person;
    if (!person.birthDate || !plans.some((p) => openOn(p.plan.startDate, p.plan.ceaseDate, referenceDate)))
      continue;
    const age = ageOn(person.birthDate, referenceDate);
    if (age > maximumAge)
      found.push(
        finding(
          'age-over-25',
          {
            module: 'person',
            row: person.row,
            column: 'personbirthdate',
            value: person.birthDate,
            personId: person.personId,
          },
          `is ${String(age)} on ${referenceDate} with a plan open: check the date of birth, or cease the plan (reason 1, maximum age)`,
        ),
      );
  }
  return found;
}

/** 20 weeks: the statutory time from a request to a plan, and how long a request may wait for a decision. */
export const twentyWeeksInDays = 140;

/** Requests received more than 20 weeks before the reference date with no outcome. */
export function requestOutcomeFindings(index: ReturnIndex, referenceDate: IsoDate): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  for (const r of index.ret.requests) {
    if (r.outcome !== null || !r.receivedDate) continue;
    if (addDays(r.receivedDate, twentyWeeksInDays) >= referenceDate) continue;
    found.push(
      finding(
        'request-without-outcome',
        {
          module: 'requests',
          row: r.row,
          column: 'requestoutcome',
          value: '',
          personId: index.personByRow.get(r.personRow)?.personId ?? null,
        },
        `received ${r.receivedDate}, more than 20 weeks before ${referenceDate}, and still has no outcome`,
      ),
    );
  }
  return found;
}
