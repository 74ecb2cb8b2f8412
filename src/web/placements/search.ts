// The placement register's state in the address: the tab, the register shown, the two registers
// compared, and the register table's filters and page (`#/314/placements?tab=register&need=ASD`).
import { oneOf, text, wholeNumber } from '../app/search.ts';

export const placementTabs = ['analysis', 'register', 'import', 'registers'] as const;
export type PlacementTab = (typeof placementTabs)[number];

/** The register table's filters (the API's record filters, without paging). */
export interface RegisterFilters {
  category?: string;
  councilCategory?: string;
  phase?: string;
  inBorough?: string;
  provider?: string;
  need?: string;
  status?: 'all';
}

export interface PlacementsSearch extends RegisterFilters {
  tab?: PlacementTab;
  asAt?: string;
  from?: string;
  to?: string;
  /** The register table's page, from 1. */
  page?: number;
}

/** Checks the Placements page's search params. */
export function placementsSearch(search: Record<string, unknown>): PlacementsSearch {
  const page = wholeNumber(search.page);
  return {
    tab: oneOf(search.tab, placementTabs),
    asAt: text(search.asAt),
    from: text(search.from),
    to: text(search.to),
    category: text(search.category),
    councilCategory: text(search.councilCategory),
    phase: text(search.phase),
    inBorough: oneOf(search.inBorough, ['yes', 'no'] as const),
    provider: text(search.provider),
    need: text(search.need),
    status: oneOf(search.status, ['all'] as const),
    page: page !== undefined && page > 1 ? page : undefined,
  };
}
