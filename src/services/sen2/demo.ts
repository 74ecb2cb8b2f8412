import { kingstonSyntheticReturns, syntheticLookupCsv } from '../../io/sen2/synthetic/kingston';
import { writeBladeExport } from '../../io/sen2/writeBlade';
import { listReturns } from '../../db/sen2Repository';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { latestSnapshot, loadPlacements } from '../placements/repository';
import { addForecastInputsFromSen2 } from './forecastInputs';
import { importSen2Return } from './imports';
import { importUrnLookup } from './urnLookup';

// The demo council's SEN2 returns: SYNTHETIC, made at demo load by the seeded generator
// (src/io/sen2/synthetic; `npx tsx tools/demo-sen2/generate.ts --out DIR` writes the same files), so
// that the demo exercises the real importer and the repository holds no megabytes of generated CSV.
// Their January totals are Kingston's published EHCP counts 2019-2025 (see kingston.ts); every return,
// figure and forecast input made from them is labelled synthetic.

/** The name of the demo's forecast inputs made from the synthetic returns. */
export const demoSen2InputSetName = 'Synthetic SEN2 returns, January 2019 to January 2025 (demo)';

/** The demo placement register's URNs (or UKPRNs) by setting type, so the returns name the same schools. */
async function registerEstablishments(ctx: ServiceContext, councilId: number) {
  const snapshot = await latestSnapshot(ctx.db, councilId);
  const byType = new Map<string, string[]>();
  if (!snapshot) return byType;
  for (const p of await loadPlacements(ctx.db, snapshot.id)) {
    if (!p.urn) continue;
    const keys = byType.get(p.settingType) ?? [];
    if (!keys.includes(p.urn)) keys.push(p.urn);
    byType.set(p.settingType, keys);
  }
  return byType;
}

/**
 * Loads the demo council's synthetic returns (and the URN lookup their made-up schools need), then stores
 * forecast inputs made from them. Does nothing when the council has returns already. Meant to run inside
 * the demo loader's transaction, after the placement register.
 */
export async function loadDemoSen2(ctx: ServiceContext, actor: Actor, code: string): Promise<boolean> {
  const council = await requireCouncil(ctx, actor, code, 'sen2.import');
  if ((await listReturns(ctx.db, council.id)).length > 0) return false;
  const synthetic = kingstonSyntheticReturns(await registerEstablishments(ctx, council.id));
  await importUrnLookup(ctx, actor, code, syntheticLookupCsv(synthetic.lookup));
  for (const [year, draft] of synthetic.returns)
    await importSen2Return(ctx, actor, code, writeBladeExport(draft, `${String(year)}-01-31`), {
      source: 'synthetic (demo)',
      synthetic: true,
    });
  await addForecastInputsFromSen2(ctx, actor, code, { name: demoSen2InputSetName });
  return true;
}
