import type {
  Sen2ActivePlan,
  Sen2NamedPlan,
  Sen2Need,
  Sen2Person,
  Sen2Placement,
  Sen2PlanDetail,
  Sen2Request,
  Sen2Return,
} from './sen2Return';

// The return's modules joined up once, so the census, the checks and the funnel each walk them in one
// pass: a named plan reaches its person through assessment and request; placements and needs reach theirs
// through the active plan and request. A record whose parent is not in the return (the reader refuses
// those) is simply not reached.

/** A named plan with the person and request it belongs to. */
export interface PlanOf {
  readonly plan: Sen2NamedPlan;
  readonly person: Sen2Person;
  readonly request: Sen2Request;
  readonly details: readonly Sen2PlanDetail[];
}

/** An active plan with its person, placements and needs. */
export interface ActivePlanOf {
  readonly activePlan: Sen2ActivePlan;
  readonly person: Sen2Person;
  readonly request: Sen2Request;
  readonly placements: readonly Sen2Placement[];
  readonly needs: readonly Sen2Need[];
}

/** The return joined up. */
export interface ReturnIndex {
  readonly ret: Sen2Return;
  readonly personByRow: ReadonlyMap<number, Sen2Person>;
  readonly requestByRow: ReadonlyMap<number, Sen2Request>;
  readonly plans: readonly PlanOf[];
  readonly plansByPerson: ReadonlyMap<number, readonly PlanOf[]>;
  readonly activePlans: readonly ActivePlanOf[];
  readonly activePlansByPerson: ReadonlyMap<number, readonly ActivePlanOf[]>;
  readonly activePlansByRequest: ReadonlyMap<number, readonly ActivePlanOf[]>;
  /** The person of a placement's or need's active plan. */
  readonly personOfActivePlan: ReadonlyMap<number, Sen2Person>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Joins the return's modules. */
export function indexReturn(ret: Sen2Return): ReturnIndex {
  const personByRow = new Map(ret.people.map((p) => [p.row, p]));
  const requestByRow = new Map(ret.requests.map((r) => [r.row, r]));
  const requestOfAssessment = new Map(ret.assessments.map((a) => [a.row, a.requestRow]));
  const detailsByPlan = groupBy(ret.planDetails, (d) => d.planRow);
  const placementsByActive = groupBy(ret.placements, (p) => p.activePlanRow);
  const needsByActive = groupBy(ret.needs, (n) => n.activePlanRow);

  const plans: PlanOf[] = [];
  for (const plan of ret.namedPlans) {
    const request = requestByRow.get(requestOfAssessment.get(plan.assessmentRow) ?? -1);
    const person = request && personByRow.get(request.personRow);
    if (!request || !person) continue;
    plans.push({ plan, person, request, details: detailsByPlan.get(plan.row) ?? [] });
  }
  const activePlans: ActivePlanOf[] = [];
  const personOfActivePlan = new Map<number, Sen2Person>();
  for (const activePlan of ret.activePlans) {
    const request = requestByRow.get(activePlan.requestRow);
    const person = request && personByRow.get(request.personRow);
    if (!request || !person) continue;
    personOfActivePlan.set(activePlan.row, person);
    activePlans.push({
      activePlan,
      person,
      request,
      placements: placementsByActive.get(activePlan.row) ?? [],
      needs: needsByActive.get(activePlan.row) ?? [],
    });
  }
  return {
    ret,
    personByRow,
    requestByRow,
    plans,
    plansByPerson: groupBy(plans, (p) => p.person.row),
    activePlans,
    activePlansByPerson: groupBy(activePlans, (a) => a.person.row),
    activePlansByRequest: groupBy(activePlans, (a) => a.request.row),
    personOfActivePlan,
  };
}

/** Whether a dated episode is open on a date (both ends inclusive; a missing end is open-ended). */
export function openOn(start: string | null, end: string | null, date: string): boolean {
  return (start === null || start <= date) && (end === null || end >= date);
}
