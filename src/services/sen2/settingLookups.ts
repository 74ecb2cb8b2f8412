import type { Kysely } from 'kysely';
import type { SettingLookups } from '../../core/sen2/settingResolution';
import type { Database } from '../../db/schema';
import { latestSnapshot, loadPlacements } from '../placements/repository';

/**
 * What resolves the return's URNs for a council: the URNs (or UKPRNs) of its latest placement register
 * with their setting types, then its URN lookup. A URN the register gives two types (a school with a unit
 * and mainstream places) takes the type most of its placements have.
 */
export async function settingLookupsFor(db: Kysely<Database>, councilId: number): Promise<SettingLookups> {
  const register = new Map<string, string>();
  const snapshot = await latestSnapshot(db, councilId);
  if (snapshot) {
    const counts = new Map<string, Map<string, number>>();
    for (const p of await loadPlacements(db, snapshot.id)) {
      if (!p.urn) continue;
      const byType = counts.get(p.urn) ?? new Map<string, number>();
      byType.set(p.settingType, (byType.get(p.settingType) ?? 0) + 1);
      counts.set(p.urn, byType);
    }
    for (const [urn, byType] of counts)
      register.set(urn, [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  const rows = await db
    .selectFrom('sen2_urn_lookup')
    .select(['key', 'setting_type'])
    .where('council_id', '=', councilId)
    .execute();
  return { register, lookup: new Map(rows.map((r) => [r.key, r.setting_type])) };
}
