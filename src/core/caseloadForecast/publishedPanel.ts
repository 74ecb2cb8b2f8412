import type { CouncilCaseload } from './caseloadHistory';

// Every council's published figures side by side, with England's: what the pooled methods (shrink to
// England, pooled regression, stock-flow) learn from. The DfE's June release of year O publishes the
// January O census and the flows (requests for assessment, new plans) of calendar year O-1, so a
// forecast made at origin O may see plans up to January O and flows up to calendar O-1, and nothing
// later. `publishedAt` is that view: every method and every setting choice receives it, and the
// look-ahead test rebuilds each forecast from it to prove the back-test used nothing else.

/** One calendar year's flows: initial requests for an EHC needs assessment and new EHC plans made. */
export interface FlowYear {
  year: number;
  requests: number | null;
  newPlans: number | null;
}

/** A council (or England) with its caseload history and its flows by calendar year. */
export interface PanelMember extends CouncilCaseload {
  flows: FlowYear[];
  /** The region (E12 code) of a council. */
  region?: string;
}

/** Every council's published figures with England's and the regions', as one dataset. */
export interface PublishedPanel {
  councils: PanelMember[];
  england: PanelMember;
  /** The nine regions (council = the E12 code): the reconciliation checks compare councils with them. */
  regions: PanelMember[];
}

/** The last calendar year of flows the June release of `origin` publishes. */
export const lastFlowYearAt = (origin: number): number => origin - 1;

function memberAt(member: PanelMember, origin: number): PanelMember {
  return {
    ...member,
    years: member.years.filter((y) => y.year <= origin),
    flows: member.flows.filter((f) => f.year <= lastFlowYearAt(origin)),
  };
}

/**
 * What had been published by the June release of `origin`: plans up to January `origin`, flows up to
 * calendar `origin - 1`. Later figures are removed, not hidden, so nothing can read them.
 */
export function publishedAt(panel: PublishedPanel, origin: number): PublishedPanel {
  return {
    councils: panel.councils.map((c) => memberAt(c, origin)),
    england: memberAt(panel.england, origin),
    regions: panel.regions.map((r) => memberAt(r, origin)),
  };
}

/** The latest January census any council has a figure for. */
export function latestCensus(panel: PublishedPanel): number {
  let last = -Infinity;
  for (const c of [panel.england, ...panel.councils])
    for (const y of c.years) if (y.total !== null) last = Math.max(last, y.year);
  return last;
}
