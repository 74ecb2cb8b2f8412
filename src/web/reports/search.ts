// A new paper's kind is in the address: `#/314/reports/paper/new?template=forum`.
import { paperTemplateIds, type PaperTemplateId } from '../../core/papers';
import { oneOf } from '../app/search.ts';

/** Checks the paper page's search params. */
export function paperSearch(search: Record<string, unknown>): { template?: PaperTemplateId } {
  return { template: oneOf(search.template, paperTemplateIds) };
}
