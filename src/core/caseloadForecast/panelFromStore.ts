import { ageBands, type AgeBand } from '../benchmark/ageBands';
import { ENGLAND, localAuthorities, regions } from '../benchmark/localAuthorities';
import type { SeriesStore } from '../benchmark/measure';
import { series } from '../benchmark/series';
import type { CaseloadYear } from './caseloadHistory';
import type { FlowYear, PanelMember, PublishedPanel } from './publishedPanel';

// The panel from stored published figures (later editions already winning): every LA with any caseload
// figure, England, and the nine regions. Census years come from the caseload series, flow years from
// the requests and new-plans series.

const years = (store: SeriesStore, id: string) => store.periods(id).map(Number).filter(Number.isInteger);

function member(store: SeriesStore, area: string, name: string, region?: string): PanelMember {
  const value = (id: string, year: number) => store.get(id, area, String(year))?.value ?? null;
  const caseload: CaseloadYear[] = years(store, series.caseload)
    .filter((year) => store.get(series.caseload, area, String(year)) !== undefined)
    .map((year) => ({
      year,
      total: value(series.caseload, year),
      ages: Object.fromEntries(ageBands.map((b) => [b, value(series.ageBand(b), year)])) as Record<
        AgeBand,
        number | null
      >,
    }));
  const flowYears = [...new Set([...years(store, series.requests), ...years(store, series.newPlans)])];
  const flows: FlowYear[] = flowYears
    .sort((a, b) => a - b)
    .map((year) => ({ year, requests: value(series.requests, year), newPlans: value(series.newPlans, year) }))
    .filter((f) => f.requests !== null || f.newPlans !== null);
  return { council: area, name, years: caseload, flows, ...(region ? { region } : {}) };
}

/** Every council's, England's and each region's published caseload and flows. */
export function publishedPanelOf(store: SeriesStore): PublishedPanel {
  return {
    councils: localAuthorities
      .map((la) => member(store, la.code, la.name, la.regionCode))
      .filter((m) => m.years.length > 0),
    england: member(store, ENGLAND, 'England'),
    regions: regions.map((r) => member(store, r.code, r.name)),
  };
}
