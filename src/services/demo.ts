import { inTransaction, type ServiceContext } from './context';
import { createCouncil } from './councils';
import type { Actor, CouncilRole } from './permissions';
import { addCouncilUser } from './users';

/** The demo council: Royal Borough of Kingston upon Thames, whose published documents are the seeds. */
export const demoCouncil = { code: '314', newCode: 'E09000021', name: 'Kingston upon Thames', region: 'Outer London' };

/** Demo sign-ins printed by `npm start`; they exist only in a demo instance. */
export const demoUsers: ReadonlyArray<{ email: string; password: string; role: CouncilRole; displayName: string }> = [
  { email: 'finance@kingston.example', password: 'kingston-finance', role: 'finance', displayName: 'Demo finance officer' },
  { email: 'send@kingston.example', password: 'kingston-send', role: 'send', displayName: 'Demo SEND service lead' },
  { email: 'viewer@kingston.example', password: 'kingston-viewer', role: 'viewer', displayName: 'Demo Schools Forum member' },
  { email: 'admin@kingston.example', password: 'kingston-admin', role: 'admin', displayName: 'Demo council administrator' },
];

/** Whether the demo council has been loaded already. */
export async function isDemoLoaded(ctx: ServiceContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('councils').select('id').where('code', '=', demoCouncil.code).executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo council and its users. Does nothing when the council is already there, so it is safe to
 * run at every start. Returns whether it loaded anything.
 */
export async function loadDemo(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    if (await isDemoLoaded(tx)) return false;
    await createCouncil(tx, actor, demoCouncil);
    for (const user of demoUsers) await addCouncilUser(tx, actor, demoCouncil.code, user);
    return true;
  });
}
