import fs from 'node:fs';
import path from 'node:path';
import type { BodyKind } from '../../core/governance';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { insertItem } from './governanceStore';
import { savePaper } from './papers';

const folder = path.resolve(import.meta.dirname, '..', '..', '..', 'demo', 'kingston', 'papers');

/** Kingston's June 2021 committee report (seed 004) as written in the app: its narrative. */
export const kingstonCommitteePaperFile = path.join(folder, 'committee-2021-06.json');
/** Kingston's peer review recommendations and meeting cycle (seeds 003, 004). */
export const kingstonGovernanceFile = path.join(folder, 'governance.json');

interface GovernanceFile {
  council: string;
  recommendations: Array<{
    reference: string;
    source: string;
    title: string;
    recordedOn: string;
    status: 'open';
  }>;
  bodies: Array<{
    name: string;
    kind: BodyKind;
    cadenceMonths: number | null;
    meetings: Array<{ meetsOn: string; status: 'held' | 'planned'; title?: string }>;
  }>;
}

/**
 * Loads Kingston's committee paper and its governance (recommendations, bodies, meetings) when the
 * council has none, in the caller's transaction. Call after the Safety Valve demo.
 */
export async function loadDemoPapers(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const file = JSON.parse(fs.readFileSync(kingstonCommitteePaperFile, 'utf8')) as {
    council: string;
    paper: unknown;
  };
  const governance = JSON.parse(fs.readFileSync(kingstonGovernanceFile, 'utf8')) as GovernanceFile;
  const council = await requireCouncil(ctx, actor, file.council, 'council.read');
  const has = async (table: 'papers' | 'governance_items' | 'governance_bodies') =>
    (await ctx.db.selectFrom(table).select('id').where('council_id', '=', council.id).executeTakeFirst()) !==
    undefined;
  let loaded = false;
  if (!(await has('papers'))) {
    await savePaper(ctx, actor, council.code, file.paper);
    loaded = true;
  }
  if (!(await has('governance_items'))) {
    for (const r of governance.recommendations) {
      const id = await insertItem(ctx.db, council.id, {
        kind: 'recommendation',
        meetingId: null,
        reference: r.reference,
        source: r.source,
        title: r.title,
        detail: null,
        owner: null,
        dueOn: null,
        status: r.status,
        completedOn: null,
        progress: null,
        workstream: null,
        recordedOn: r.recordedOn,
      });
      await recordAudit(ctx.db, actor, {
        councilId: council.id,
        action: 'governance.item.create',
        entity: 'governance_item',
        entityId: id,
        after: { kind: 'recommendation', reference: r.reference },
      });
    }
    loaded = true;
  }
  if (!(await has('governance_bodies'))) {
    for (const b of governance.bodies) {
      const body = await ctx.db
        .insertInto('governance_bodies')
        .values({ council_id: council.id, name: b.name, kind: b.kind, cadence_months: b.cadenceMonths })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const m of b.meetings)
        await ctx.db
          .insertInto('meetings')
          .values({
            council_id: council.id,
            body_id: body.id,
            meets_on: m.meetsOn,
            status: m.status,
            title: m.title ?? null,
          })
          .execute();
      await recordAudit(ctx.db, actor, {
        councilId: council.id,
        action: 'governance.body.create',
        entity: 'governance_body',
        entityId: body.id,
        after: { name: b.name, meetings: b.meetings.length },
      });
    }
    loaded = true;
  }
  return loaded;
}
