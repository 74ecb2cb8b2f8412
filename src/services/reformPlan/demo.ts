import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { demoInputSetName } from '../forecasts/demo';
import type { Actor } from '../permissions';
import { addMitigation, type MitigationInput } from './planMitigations';
import { createReformPlan } from './plans';

// The demo council's worked reform plan: six mitigations taken from Kingston's SEND Transformation Plan
// 2019/20 to 2021/22 (seed 001), one per workstream, re-expressed as scenario changes on the demo's
// synthetic forecast (its settings MSS, RP, MSP, ISP, FE) or, for money-only actions, as the seed's own
// amounts. The re-expression (the percentages and shares) is ours, not Kingston's: every mitigation is
// labelled illustrative. The plan is stored, not run, so `demo load` stays fast.

/** The demo plan's name. */
export const demoReformPlanName = 'Local SEND reform plan (illustrative)';

/** The draft version the demo plan bridges to and pushes into (seed 003/004's May 2021 projection). */
export const demoReformPlanVersion = 'Latest forecast, May 2021';

const start = '2021-22';
const phased = [0.25, 0.6, 1];

/** Seed 001's workstreams as mitigations, in the order the plan states them. */
export const demoMitigations: MitigationInput[] = [
  {
    // Workstream 4: "Early intervention strategies enable children's and young people's needs to continue
    // to be met within mainstream schools and post-16 settings" (£1,500,000 in 2021/22).
    name: 'Early intervention in mainstream',
    workstream: 'Early intervention and transition',
    owner: 'Head of SEND',
    startYear: start,
    phaseIn: phased,
    changes: [{ type: 'multiply-joiners', factor: 0.9 }],
  },
  {
    // Workstream 3: "New school places are created in specialist resource provisions and in special
    // schools in Kingston": new EHCPs placed locally rather than in independent special schools.
    name: 'New local specialist places',
    workstream: 'Local provision',
    owner: 'Head of School Place Planning',
    startYear: start,
    phaseIn: phased,
    changes: [{ type: 'redirect', what: 'joiners', from: 'ISP', to: 'MSP', share: 0.3, fromYear: 2022 }],
  },
  {
    // Workstream 5: "The programme of annual EHCP reviews leads to more cost-effective provision".
    name: 'Annual reviews',
    workstream: 'Assessment and planning',
    owner: 'SEND Casework Manager',
    startYear: start,
    phaseIn: phased,
    changes: [{ type: 'multiply-rate', transition: 'leavers', factor: 1.05 }],
  },
  {
    // Workstream 3: "More young people aged 16 to 25 are engaged in vocational training schemes and
    // employment-based pathways": movers out of independent special schools go to further education.
    name: 'Post-16 pathways',
    workstream: 'Local provision',
    owner: 'Post-16 Lead',
    startYear: start,
    phaseIn: phased,
    changes: [{ type: 'redirect', what: 'movers', from: 'ISP', to: 'FE', share: 0.2, fromYear: 2022 }],
  },
  {
    // Workstream 2: "Reduce spending on independent and non-maintained special school placements by
    // implementing more commercial commissioning" (seed: £360,000, £630,000, £900,000 from 2019/20).
    name: 'Commissioning of independent placements',
    workstream: 'Commercial thinking',
    owner: 'Head of Commissioning',
    startYear: start,
    phaseIn: [1],
    amounts: {
      '2021-22': 360_000,
      '2022-23': 630_000,
      '2023-24': 900_000,
      '2024-25': 900_000,
      '2025-26': 900_000,
    },
  },
  {
    // Workstream 1: "Increase funding contributions from social care" and "from health services"
    // (seed: £100,000 each a year from 2019/20).
    name: 'Social care and health contributions',
    workstream: 'Strategy and governance',
    owner: 'Director of Education',
    startYear: start,
    phaseIn: [1],
    amounts: {
      '2021-22': 200_000,
      '2022-23': 200_000,
      '2023-24': 200_000,
      '2024-25': 200_000,
      '2025-26': 200_000,
    },
  },
];

/**
 * Stores the demo council's reform plan with its mitigations through the plan services (inside the demo
 * loader's transaction, so audited as any plan), marked illustrative.
 */
export async function loadDemoReformPlan(ctx: ServiceContext, actor: Actor, code: string): Promise<void> {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  const inputSet = await ctx.db
    .selectFrom('forecast_input_sets')
    .select('id')
    .where('council_id', '=', council.id)
    .where('name', '=', demoInputSetName)
    .executeTakeFirstOrThrow();
  const plan = await createReformPlan(ctx, actor, code, {
    name: demoReformPlanName,
    inputSetId: inputSet.id,
    seed: 1,
    simulations: 200,
    periodFrom: '2021-22',
    periodUntil: '2025-26',
    planVersion: demoReformPlanVersion,
  });
  await ctx.db.updateTable('reform_plans').set({ illustrative: true }).where('id', '=', plan.id).execute();
  for (const mitigation of demoMitigations)
    await addMitigation(ctx, actor, code, plan.id, { ...mitigation, illustrative: true });
}
