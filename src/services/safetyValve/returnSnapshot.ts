import { findPlanVersion, lockPlanVersion } from '../../db/planRepository';
import { actorLabel } from '../audit';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { findSet, loadSet } from '../kpi/store';
import type { Actor } from '../permissions';
import { requireAgreement } from './agreement';
import { returnFigures } from './returnView';
import { saveSnapshot, type HeldRole } from './snapshotStore';
import type { StoredReturn } from './store';

/**
 * Captures what a return shows as it is first signed (call inside the signing transaction): the figures
 * as JSON text with their SHA-256, and the plan versions they were drawn from, which from then on cannot
 * change (the agreed model, the projection, the KPI set's target version and the KPI period's value
 * version). The versions are locked first, so an edit running at the same time either lands before the
 * capture (and is in it) or is refused after it.
 */
export async function captureSnapshot(
  ctx: ServiceContext,
  actor: Actor,
  council: Council,
  stored: StoredReturn,
): Promise<{ sha256: string; versions: Array<{ name: string; role: HeldRole }> }> {
  const r = stored.quarterlyReturn;
  const { agreement } = await requireAgreement(ctx, council);
  const setRow = await findSet(ctx.db, council, r.financialYear);
  const set = setRow && (await loadSet(ctx.db, council, setRow));
  const named: Array<[HeldRole, string | null | undefined]> = [
    ['agreed', agreement.agreedVersion],
    ['projection', r.projectionVersion],
    ['kpiTarget', set?.targetVersion],
    ['kpiValue', set?.periods.find((p) => p.period === r.kpiPeriod)?.valueVersion],
  ];
  const held: Array<{ versionId: number; name: string; role: HeldRole }> = [];
  for (const [role, name] of named) {
    const version = name ? await findPlanVersion(ctx.db, council.id, name) : undefined;
    if (version) held.push({ versionId: version.id, name: version.name, role });
  }
  // Locked in id order, so two signings never wait on each other in a circle.
  for (const id of [...new Set(held.map((h) => h.versionId))].sort((a, b) => a - b))
    await lockPlanVersion(ctx.db, id);
  const content = JSON.stringify(await returnFigures(ctx, actor, council, agreement, stored));
  const saved = await saveSnapshot(
    ctx.db,
    stored.id,
    content,
    { by: actorLabel(actor).email, at: ctx.now() },
    held,
  );
  return { sha256: saved.sha256, versions: held.map(({ name, role }) => ({ name, role })) };
}
