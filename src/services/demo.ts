import { inTransaction, type ServiceContext } from './context';
import { createCouncil } from './councils';
import type { Actor, CouncilRole } from './permissions';
import { addCouncilUser } from './users';
import { planToJson } from '../io/financialModel/writePlanJson';
import {
  kingstonPlanFiles,
  readKingstonPlan,
  readKingstonRecoveryPlanDocument,
} from '../io/financialModel/demoFiles';
import { setVarianceTolerance } from './financialModel/comparison';
import { saveRecoveryPlanDocument } from './financialModel/recoveryPlanDocuments';
import { freezeVersion, importVersion } from './financialModel/versions';
import { loadDemoKpis } from './kpi/demo';
import { loadDemoPlacements } from './placements/demo';
import { loadDemoSafetyValve } from './safetyValve/demo';
import { loadDemoForecastInputs } from './forecasts/demo';
import { loadDemoReformPlan } from './reformPlan/demo';
import { loadDemoSen2 } from './sen2/demo';
import { loadDemoPapers } from './papers/demo';
import { loadDemoSavingsDelivery } from './savings/demo';

/**
 * Kingston's financial model from its published documents: the 2019 recovery plan (seed 000), the
 * Transformation Plan savings (seed 001), the Safety Valve agreement model and the May 2021 projection
 * (seeds 003/004). The first three are frozen as published; the projection is the working draft.
 */
async function loadDemoFinancialModel(ctx: ServiceContext, actor: Actor): Promise<void> {
  for (const name of Object.keys(kingstonPlanFiles) as Array<keyof typeof kingstonPlanFiles>) {
    await importVersion(ctx, actor, demoCouncil.code, planToJson(readKingstonPlan(name)));
  }
  await saveRecoveryPlanDocument(ctx, actor, demoCouncil.code, readKingstonRecoveryPlanDocument());
  for (const name of ['recoveryPlan2019', 'transformationPlan2019', 'safetyValveAgreement2021'] as const) {
    await freezeVersion(ctx, actor, demoCouncil.code, readKingstonPlan(name).version);
  }
  // Kingston's tolerance, found from the published monitoring table (see src/core/finance/rag.ts).
  await setVarianceTolerance(ctx, actor, demoCouncil.code, {
    amber: { absolute: 50_000 },
    red: { absolute: 1_000_000 },
  });
}

/** The demo council: Royal Borough of Kingston upon Thames, whose published documents are the seeds. */
export const demoCouncil = {
  code: '314',
  newCode: 'E09000021',
  name: 'Kingston upon Thames',
  region: 'Outer London',
};

/** Demo sign-ins printed by `npm start`; they exist only in a demo instance. */
export const demoUsers: ReadonlyArray<{
  email: string;
  password: string;
  role: CouncilRole;
  displayName: string;
}> = [
  {
    email: 'finance@kingston.example',
    password: 'kingston-finance',
    role: 'finance',
    displayName: 'Demo finance officer',
  },
  {
    email: 'send@kingston.example',
    password: 'kingston-send',
    role: 'send',
    displayName: 'Demo SEND service lead',
  },
  {
    email: 'viewer@kingston.example',
    password: 'kingston-viewer',
    role: 'viewer',
    displayName: 'Demo Schools Forum member',
  },
  {
    email: 'admin@kingston.example',
    password: 'kingston-admin',
    role: 'admin',
    displayName: 'Demo council administrator',
  },
  {
    email: 's151@kingston.example',
    password: 'kingston-s151',
    role: 's151',
    displayName: 'Demo S151 officer',
  },
  {
    email: 'dcs@kingston.example',
    password: 'kingston-dcs',
    role: 'dcs',
    displayName: 'Demo Director of Children’s Services',
  },
];

/** Whether the demo council has been loaded already. */
export async function isDemoLoaded(ctx: ServiceContext): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('councils')
    .select('id')
    .where('code', '=', demoCouncil.code)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo council and its users. Does nothing when the council is already there, so it is safe to
 * run at every start. Returns whether it loaded anything. `sen2` also loads the synthetic SEN2 returns
 * (seven years, made and imported at load: seconds, not milliseconds), as `serve` and `demo load` do; the
 * database tests of other modules leave them out.
 */
export async function loadDemo(
  ctx: ServiceContext,
  actor: Actor,
  options: { sen2?: boolean } = {},
): Promise<boolean> {
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    if (await isDemoLoaded(tx)) return false;
    await createCouncil(tx, actor, demoCouncil);
    for (const user of demoUsers) await addCouncilUser(tx, actor, demoCouncil.code, user);
    await loadDemoFinancialModel(tx, actor);
    await loadDemoKpis(tx, actor);
    await loadDemoPlacements(tx, actor);
    await loadDemoSafetyValve(tx, actor);
    await loadDemoForecastInputs(tx, actor, demoCouncil.code);
    // A worked reform plan on those inputs (stored, not run: running it is the page's work).
    await loadDemoReformPlan(tx, actor, demoCouncil.code);
    // Synthetic SEN2 returns 2019-2025 and the forecast inputs made from them (after the register, whose
    // schools they name).
    if (options.sen2) await loadDemoSen2(tx, actor, demoCouncil.code);
    await loadDemoSavingsDelivery(tx, actor);
    await loadDemoPapers(tx, actor);
    return true;
  });
}
