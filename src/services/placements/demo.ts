import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { importPlacements } from './imports';
import { findSnapshot } from './repository';

/** The demo register: SYNTHETIC placements made up for Kingston (no real child), see docs/formats/placements.md. */
export const demoPlacementsFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'demo',
  'kingston',
  'placements-2021-05-31.csv',
);

// Kingston's code, as in ../demo.ts (not imported from there: that file will call loadDemoPlacements).
const demoCouncilCode = '314';

/** The date the demo register is as at: the Safety Valve May 2021 return (seed 003). */
export const demoPlacementsAsAt = '2021-05-31';

/**
 * Imports the synthetic demo register into the demo council (which must exist) unless it is there
 * already. Returns whether it imported anything. Meant to be called from loadDemo.
 */
export async function loadDemoPlacements(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const council = await ctx.db
    .selectFrom('councils')
    .select('id')
    .where('code', '=', demoCouncilCode)
    .executeTakeFirst();
  if (!council) throw new Error(`the demo council ${demoCouncilCode} is not loaded: run loadDemo first`);
  if (await findSnapshot(ctx.db, council.id, demoPlacementsAsAt)) return false;
  await importPlacements(ctx, actor, demoCouncilCode, fs.readFileSync(demoPlacementsFile), {
    asAt: demoPlacementsAsAt,
    source: 'placements-2021-05-31.csv (synthetic demo data)',
  });
  return true;
}
