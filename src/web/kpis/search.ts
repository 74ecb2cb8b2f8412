// The KPI dashboard's choices in the address: `#/314/kpis?period=2021-05&category=…&view=table&record=23`.
import { oneOf, text } from '../app/search.ts';

export interface KpisSearch {
  period?: string;
  category?: string;
  view?: 'table';
  /** The KPI whose value dialog is open (a link to "record KPI 23"). */
  record?: string;
}

/** Checks the KPI dashboard's search params. */
export function kpisSearch(search: Record<string, unknown>): KpisSearch {
  return {
    period: text(search.period),
    category: text(search.category),
    view: oneOf(search.view, ['table'] as const),
    record: text(search.record),
  };
}
