// The SEN2 page's state in the address: the tab, the return's year, the census date and the funnel's grain
// (`#/314/sen2?tab=census&date=2025-01-16`).
import { oneOf, text, wholeNumber } from '../app/search.ts';

export const sen2Tabs = ['returns', 'import', 'quality', 'census', 'funnel', 'urns', 'inputs'] as const;
export type Sen2Tab = (typeof sen2Tabs)[number];

export interface Sen2Search {
  tab?: Sen2Tab;
  /** The return whose data-quality report is shown. */
  year?: number;
  /** The census date, YYYY-MM-DD. */
  date?: string;
  by?: 'month' | 'year';
}

/** Checks the SEN2 page's search params. */
export function sen2Search(search: Record<string, unknown>): Sen2Search {
  return {
    tab: oneOf(search.tab, sen2Tabs),
    year: wholeNumber(search.year),
    date: text(search.date),
    by: oneOf(search.by, ['month', 'year'] as const),
  };
}
