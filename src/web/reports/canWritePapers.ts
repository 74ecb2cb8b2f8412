// Who writes papers: the services let finance and SEND officers (and administrators) write them.
import type { CouncilInView } from '../app/council.tsx';

/** Whether the person may write the council's papers (finance.edit or send.edit, as savePaper checks). */
export function canWritePapers(council: Pick<CouncilInView, 'can'>): boolean {
  return council.can('finance.edit') || council.can('send.edit');
}
