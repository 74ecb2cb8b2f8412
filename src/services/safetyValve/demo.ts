import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import { requireCouncil, updateCouncilDetails } from '../councils';
import type { Actor } from '../permissions';
import { saveAgreement } from './agreement';
import { createReturn } from './returns';
import { findAgreement, findReturn } from './store';

const folder = path.resolve(import.meta.dirname, '..', '..', '..', 'demo', 'kingston', 'safety-valve');

/** Kingston's Safety Valve agreement as far as seeds 003/004 publish it (see the file's description). */
export const kingstonAgreementFile = path.join(folder, 'agreement.json');
/** Kingston's Q1 2021-22 return (seed 003), a draft awaiting the two sign-offs. */
export const kingstonReturnFile = path.join(folder, 'return-2021-22-Q1.json');

const read = (file: string) =>
  JSON.parse(fs.readFileSync(file, 'utf8')) as {
    council: string;
    agreement?: unknown;
    return?: { period: string };
  };

/**
 * Loads Kingston's agreement, its Q1 2021-22 return, and the names of the officers who sign returns
 * (seed 003: Sarah Ireland, S151 officer; Ian Dodds, Director of Children's Services) where the council has
 * none. Call after the financial model and KPI demos (the return refers to their versions and KPIs). Each
 * part is loaded only when missing, so it is safe to call again.
 */
export async function loadDemoSafetyValve(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const agreementFile = read(kingstonAgreementFile);
  const returnFile = read(kingstonReturnFile);
  const row = await ctx.db
    .selectFrom('councils')
    .select('id')
    .where('code', '=', agreementFile.council)
    .executeTakeFirst();
  if (!row) return false;
  const council = await requireCouncil(ctx, actor, agreementFile.council, 'council.read');
  let loaded = false;
  if (council.s151Officer === null && council.directorOfChildrensServices === null) {
    await updateCouncilDetails(ctx, actor, council.code, {
      s151Officer: 'Sarah Ireland',
      directorOfChildrensServices: 'Ian Dodds',
    });
  }
  if (!(await findAgreement(ctx.db, row.id))) {
    await saveAgreement(ctx, actor, council.code, agreementFile.agreement);
    loaded = true;
  }
  if (returnFile.return && !(await findReturn(ctx.db, row.id, returnFile.return.period))) {
    await createReturn(ctx, actor, council.code, returnFile.return);
    loaded = true;
  }
  return loaded;
}
