import { bodyKindNames } from '../../core/governance';
import { compareIsoDates } from '../../core/periods';
import type { ServiceContext } from '../context';
import { councilView, requireCouncil, type Council } from '../councils';
import { kpiDashboard } from '../kpi/dashboard';
import { governanceAsAt } from '../papers/governanceStore';
import type { Actor } from '../permissions';
import { deliveryFor } from '../savings/delivery';
import { findAgreement, listReturnRows } from '../safetyValve/store';
import { deficitPosition } from './deficitPosition';
import { latestForecast } from './latestForecast';
import { safetyValveStanding } from './safetyValveStanding';

// The landing page in one answer: each tile drawn from what the council has loaded, through the same
// services and core functions as the module pages, so every figure here is the figure there. Reading only.

/** How many of the longest lists a tile shows (the tile links to the page with all of them). */
const shownOnTile = 5;

/** The entries rated red or amber, red first: what a tile calls "behind" or "off track". */
function notOnTrack<T extends { rag: string | null }>(rows: readonly T[]): T[] {
  return [...rows.filter((r) => r.rag === 'R'), ...rows.filter((r) => r.rag === 'A')];
}

/** The savings delivery log's latest entry on or before today, and the version and year it is for. */
async function latestDelivery(ctx: ServiceContext, council: Council, today: string) {
  const entry = await ctx.db
    .selectFrom('savings_delivery')
    .innerJoin('plan_versions', 'plan_versions.id', 'savings_delivery.version_id')
    .select(['plan_versions.name as version', 'savings_delivery.financial_year', 'savings_delivery.as_at'])
    .where('savings_delivery.council_id', '=', council.id)
    .where('savings_delivery.as_at', '<=', today)
    .orderBy('savings_delivery.as_at', 'desc')
    .orderBy('savings_delivery.id', 'desc')
    .executeTakeFirst();
  if (!entry) return null;
  const delivery = await deliveryFor(ctx, council, entry.version, entry.financial_year, entry.as_at);
  const behind = notOnTrack(delivery.lines);
  return {
    version: entry.version,
    financialYear: delivery.financialYear,
    asAt: delivery.asAt,
    total: delivery.total,
    lineCount: delivery.lines.length,
    behind: behind
      .slice(0, shownOnTile)
      .map((l) => ({ label: l.label, target: l.target, forecast: l.forecast, rag: l.rag })),
    behindCount: behind.length,
  };
}

/** The KPIs of the latest period that are not on track (red, then amber), as the KPI page judges them. */
async function kpisOffTrack(ctx: ServiceContext, actor: Actor, code: string) {
  const d = await kpiDashboard(ctx, actor, code, {});
  if (d.period === null || !('kpis' in d)) return null;
  const off = notOnTrack(d.kpis);
  return {
    period: d.period,
    financialYear: d.financialYear,
    dataDate: d.dataDate,
    ragCounts: d.ragCounts,
    offTrack: off.slice(0, shownOnTile).map((k) => ({
      ref: k.ref,
      name: k.name,
      rag: k.rag,
      value: k.display.value,
      target: k.display.periodTarget,
    })),
    offTrackCount: off.length,
  };
}

/** The next meetings of each body (soonest first) and the tracker entries overdue today. */
async function governanceToday(ctx: ServiceContext, council: Council, today: string) {
  const g = await governanceAsAt(ctx.db, council.id, today);
  const nextMeetings = g.bodies
    .flatMap((b) => (b.next ? [{ body: b.name, kind: bodyKindNames[b.kind], ...b.next }] : []))
    .sort((a, b) => compareIsoDates(a.meetsOn, b.meetsOn))
    .slice(0, shownOnTile)
    .map(({ body, kind, meetsOn, basis }) => ({ body, kind, meetsOn, basis }));
  return {
    bodies: g.bodies.length,
    nextMeetings,
    overdue: g.overdue.slice(0, shownOnTile).map((i) => ({
      kind: i.kind,
      reference: i.reference,
      title: i.title,
      owner: i.owner,
      dueOn: i.dueOn!,
    })),
    overdueCount: g.overdue.length,
    outstanding: g.items.filter((i) => i.status === 'open' || i.status === 'inProgress').length,
  };
}

/**
 * Everything the council's dashboard shows, as at today by the service's clock: the deficit of the latest
 * forecast against the agreed profile, the latest caseload forecast, savings delivered against plan, KPIs
 * off track, Safety Valve conditions by assurance and the returns the person may sign, and the next
 * meetings with overdue actions. Each tile is null (or empty) when nothing is loaded for it.
 */
export async function dashboardFor(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const today = ctx.now().toISOString().slice(0, 10);
  const agreement = (await findAgreement(ctx.db, council.id))?.agreement ?? null;
  const returns = agreement ? await listReturnRows(ctx.db, council.id) : [];
  const latestReturn = returns.at(-1)?.quarterlyReturn ?? null;
  return {
    council: councilView(council),
    asAt: today,
    deficit: await deficitPosition(ctx, council, agreement, latestReturn, today),
    forecast: await latestForecast(ctx, council),
    savings: await latestDelivery(ctx, council, today),
    kpis: await kpisOffTrack(ctx, actor, code),
    safetyValve: safetyValveStanding(actor, council, agreement, returns),
    governance: await governanceToday(ctx, council, today),
  };
}

/** The dashboard as the landing page reads it. */
export type DashboardView = Awaited<ReturnType<typeof dashboardFor>>;
