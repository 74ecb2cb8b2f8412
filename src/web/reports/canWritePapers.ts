// Who writes papers (the services let finance and SEND officers, and administrators), and what starting one is called.
import type { PaperTemplateId } from '../../core/papers';
import type { CouncilInView } from '../app/council.tsx';

/** Whether the person may write the council's papers (finance.edit or send.edit, as savePaper checks). */
export function canWritePapers(council: Pick<CouncilInView, 'can'>): boolean {
  return council.can('finance.edit') || council.can('send.edit');
}

/** The button and heading that start a new paper of each kind, in the council's words. */
export const writeLabels: Record<PaperTemplateId, string> = {
  committee: 'Write a committee report',
  forum: 'Write a Schools Forum update',
  board: 'Write a partnership board paper',
};
