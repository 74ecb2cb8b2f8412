import { januaryCensusDate, type IsoDate } from '../../../core/periods';
import type { BladeDraft } from '../writeBlade';
import { letters } from './draw';
import type { SyntheticChild, SyntheticPlan, SyntheticRequest } from './simulate';

// The return a synthetic council would make for year R (reference date: the January R census): every
// child with a plan open on the reference date or ceased since the January before, every request received
// or decided since 1 January of R-1 or still waiting, and their placements since the January before. So
// the return holds both of its Januaries, as a real return does. Identifiers are made up and say so: UPNs
// start with Z (no real UPN does), surnames are "Syn" and letters.

const overlaps = (start: IsoDate, end: IsoDate | null, from: IsoDate, to: IsoDate) =>
  start <= to && (end === null || end >= from);

/** Which identifier a child's records carry: mostly a UPN, some young people a ULN only, a few neither. */
function identifiers(child: SyntheticChild) {
  const kind = child.id % 50 === 7 ? 'none' : child.id % 25 === 3 ? 'uln' : 'upn';
  return {
    upn: kind === 'upn' ? `Z${String(child.id).padStart(12, '0')}` : null,
    uln: kind === 'uln' ? String(9_000_000_000 + child.id) : null,
    surname: `Syn${letters(child.id)}`,
    forename: ['Alex', 'Sam', 'Jo', 'Kit', 'Robin', 'Ash', 'Jules', 'Remy'][child.id % 8]!,
  };
}

/** Return R of the synthetic council as Blade records. */
export function exportSyntheticReturn(
  children: readonly SyntheticChild[],
  year: number,
  la: string,
): BladeDraft {
  const reference = januaryCensusDate(year);
  const previous = januaryCensusDate(year - 1);
  const windowStart = `${String(year - 1)}-01-01`;
  const draft: BladeDraft = {
    header: { year, referenceDate: reference, la },
    people: [],
    requests: [],
    assessments: [],
    namedPlans: [],
    planDetails: [],
    activePlans: [],
    placements: [],
    needs: [],
  };
  const planInReturn = (plan: SyntheticPlan | null) =>
    plan !== null && overlaps(plan.start, plan.cease, previous, reference);
  const requestInReturn = (r: SyntheticRequest) =>
    r.received <= reference &&
    (planInReturn(r.plan) ||
      r.received >= windowStart ||
      (r.outcomeDate !== null && r.outcomeDate >= windowStart && r.outcomeDate <= reference));
  for (const child of children) {
    const requests = child.requests.filter(requestInReturn);
    if (requests.length === 0) continue;
    const p = `P${String(child.id)}`;
    draft.people.push({
      id: p,
      ...identifiers(child),
      birthDate: child.birthDate,
      sex: child.sex,
      ethnicity: 'WBRI',
    });
    requests.forEach((r, k) => {
      const id = `${String(child.id)}-${String(k + 1)}`;
      const decided = r.outcomeDate !== null && r.outcomeDate <= reference;
      draft.requests.push({
        id: `R${id}`,
        personId: p,
        receivedDate: r.received,
        outcome: decided || r.outcome === 'H' ? r.outcome : null,
        outcomeDate: decided ? r.outcomeDate : null,
      });
      const a = r.assessment;
      if (!a || (a.outcomeDate !== null && a.outcomeDate > reference)) return;
      draft.assessments.push({
        id: `A${id}`,
        requestId: `R${id}`,
        outcome: a.outcome,
        outcomeDate: a.outcomeDate,
        week20: a.week20,
      });
      const plan = r.plan;
      if (!plan || !planInReturn(plan)) return;
      const ceased = plan.cease !== null && plan.cease <= reference;
      draft.namedPlans.push({
        id: `NP${id}`,
        assessmentId: `A${id}`,
        startDate: plan.start,
        ceaseDate: ceased ? plan.cease : null,
        ceaseReason: ceased ? plan.ceaseReason : null,
      });
      const placements = plan.placements.filter((pl) => overlaps(pl.entry, pl.leaving, previous, reference));
      const named = placements.at(-1) ?? plan.placements.at(-1)!;
      draft.planDetails.push({ id: `PD${id}`, planId: `NP${id}`, ...establishmentCells(named), rank: 1 });
      draft.activePlans.push({ id: `AP${id}`, requestId: `R${id}`, transferLa: plan.transferLa });
      placements.forEach((pl, n) =>
        draft.placements.push({
          id: `PL${id}-${String(n + 1)}`,
          activePlanId: `AP${id}`,
          ...establishmentCells(pl),
          rank: 1,
          entryDate: pl.entry,
          leavingDate: pl.leaving !== null && pl.leaving <= reference ? pl.leaving : null,
        }),
      );
      child.needs.forEach((need, n) =>
        draft.needs.push({ id: `N${id}-${String(n + 1)}`, activePlanId: `AP${id}`, need, rank: n + 1 }),
      );
    });
  }
  return draft;
}

function establishmentCells(e: SyntheticPlan['placements'][number]) {
  return {
    urn: e.urn,
    ukprn: e.ukprn,
    senSetting: e.senSetting,
    senUnit: e.senUnit,
    resourcedProvision: e.resourcedProvision,
  };
}
