import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { importPlacements } from './imports';
import { findSnapshot } from './repository';

const demoFolder = path.resolve(import.meta.dirname, '..', '..', '..', 'demo', 'kingston');

/**
 * The demo registers, oldest first: SYNTHETIC placements made up for Kingston (no real child), written by
 * the seeded generator in tools/demo-placements so that their figures are seed 003's (the 31 March 2021
 * register gives the KPI baselines, the 31 May 2021 one the May column and the partner contributions
 * table); see docs/formats/placements.md.
 */
export const demoPlacementRegisters = [
  { asAt: '2021-03-31', file: path.join(demoFolder, 'placements-2021-03-31.csv') },
  { asAt: '2021-05-31', file: path.join(demoFolder, 'placements-2021-05-31.csv') },
] as const;

/** The latest demo register (the Safety Valve May 2021 return's date, seed 003). */
export const demoPlacementsFile = demoPlacementRegisters[1].file;
export const demoPlacementsAsAt = demoPlacementRegisters[1].asAt;

// Kingston's code, as in ../demo.ts (not imported from there: that file calls loadDemoPlacements).
const demoCouncilCode = '314';

/**
 * Imports the synthetic demo registers into the demo council (which must exist), each unless it is there
 * already, marked synthetic. Returns whether it imported anything. Meant to be called from loadDemo.
 */
export async function loadDemoPlacements(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const council = await ctx.db
    .selectFrom('councils')
    .select('id')
    .where('code', '=', demoCouncilCode)
    .executeTakeFirst();
  if (!council) throw new Error(`the demo council ${demoCouncilCode} is not loaded: run loadDemo first`);
  let imported = false;
  for (const { asAt, file } of demoPlacementRegisters) {
    if (await findSnapshot(ctx.db, council.id, asAt)) continue;
    await importPlacements(ctx, actor, demoCouncilCode, fs.readFileSync(file), {
      asAt,
      source: `${path.basename(file)} (synthetic demo data)`,
      synthetic: true,
    });
    imported = true;
  }
  return imported;
}
