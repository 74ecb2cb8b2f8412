import { z } from 'zod';
import { cadenceText, isOverdue, nextMeeting, trackerSummary } from '../../core/governance';
import { compareIsoDates } from '../../core/periods';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { labelled } from '../fieldLabels';
import type { Actor } from '../permissions';
import { listCycle, listItems } from '../papers/governanceStore';
import { isoDateInput, parseInput } from '../validation';

// The governance page's one read: the meeting cycle with each body's next meeting, the meetings with the
// papers attached, and the tracker with what is overdue, all as at a date (today unless asked).

const viewInput = z.object({ asAt: labelled(isoDateInput, 'the date').optional() }).strict();

/** The council's meeting cycle and tracker as at a date (by default today, by the service's clock). */
export async function governanceView(ctx: ServiceContext, actor: Actor, code: string, input: unknown = {}) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const asAt = parseInput(viewInput, input).asAt ?? ctx.now().toISOString().slice(0, 10);
  const { bodies, meetings } = await listCycle(ctx.db, council.id);
  const items = await listItems(ctx.db, council.id);
  const meetingIds = meetings.map((m) => m.id);
  const documents =
    meetingIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('meeting_documents')
          .select(['meeting_id', 'paper_id', 'title', 'url'])
          .where('meeting_id', 'in', meetingIds)
          .orderBy('id')
          .execute();
  const revisions = new Map(
    (
      await ctx.db
        .selectFrom('governance_items')
        .select(['id', 'revision'])
        .where('council_id', '=', council.id)
        .execute()
    ).map((r) => [r.id, r.revision]),
  );
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  return {
    asAt,
    bodies: bodies.map((b) => {
      const held = meetings.filter(
        (m) => m.bodyId === b.id && m.status === 'held' && compareIsoDates(m.meetsOn, asAt) <= 0,
      );
      return {
        ...b,
        cadence: cadenceText(b.cadenceMonths),
        lastMet: held.at(-1)?.meetsOn ?? null,
        next: nextMeeting(b, meetings, asAt),
      };
    }),
    meetings: meetings.map((m) => ({
      ...m,
      bodyName: bodyName.get(m.bodyId) ?? '',
      papers: documents
        .filter((d) => d.meeting_id === m.id)
        .map((d) => ({ paperId: d.paper_id, title: d.title, url: d.url })),
    })),
    items: items.map((i) => ({ ...i, overdue: isOverdue(i, asAt), revision: revisions.get(i.id) ?? 1 })),
    summary: trackerSummary(items, asAt),
  };
}

/** What the governance page reads. */
export type GovernanceView = Awaited<ReturnType<typeof governanceView>>;
