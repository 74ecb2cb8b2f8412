// A mitigation's scenario changes and phase-in in the council's words ("Joiner rates −15% (ASD)"), and
// the form's change kinds: the forecast scenario kinds (docs/formats/scenario.md) a mitigation can be.
import type { ScenarioChange } from '../../core/forecast/scenario';
import { formatCount } from '../../core/money';
import type { Mitigation } from './queries.ts';

/** The kinds of change the mitigation form offers, and money-only. */
export const changeKinds = [
  ['joiners', 'Change joiner rates (new EHCPs)'],
  ['leavers', 'Change leaver rates'],
  ['redirect', 'Redirect joiners, movers or placements between settings'],
  ['cap', 'Cap the places in a setting'],
  ['money', 'Money only: a saving per year'],
] as const;
export type ChangeKind = (typeof changeKinds)[number][0];

const percentChange = (factor: number) => {
  const percent = Math.round((factor - 1) * 1000) / 10;
  return `${percent > 0 ? '+' : percent < 0 ? '−' : ''}${Math.abs(percent)}%`;
};
const names = (filter: unknown) =>
  filter === undefined ? '' : Array.isArray(filter) ? filter.join(', ') : String(filter as string);
const within = (parts: string[]) =>
  parts.filter(Boolean).length > 0 ? ` (${parts.filter(Boolean).join('; ')})` : '';
const whatMoves = { joiners: 'new EHCPs', movers: 'movers', placements: 'placements' } as const;

/** One scenario change in words. */
export function changeInWords(change: ScenarioChange): string {
  switch (change.type) {
    case 'multiply-joiners':
      return `Joiner rates ${percentChange(change.factor)}${within([names(change.setting), names(change.need)])}`;
    case 'multiply-rate':
      return `${change.transition === 'leavers' ? 'Leaver' : 'Mover'} rates ${percentChange(change.factor)}${within([names(change.from?.setting)])}`;
    case 'redirect':
      return `${Math.round(change.share * 100)}% of ${whatMoves[change.what]} from ${change.from} go to ${change.to}`;
    case 'cap':
      return `${change.setting} capped at ${formatCount(change.places)} places${change.excess === 'redirect' && change.to ? `, the rest to ${change.to}` : ''}`;
  }
}

/** "25%, 60%, 100%". */
export const phaseInWords = (phaseIn: readonly number[]) =>
  phaseIn.map((share) => `${Math.round(share * 100)}%`).join(', ');

/** What a mitigation does, in words: its changes, or that it is money only. */
export const mitigationInWords = (m: Mitigation) =>
  m.changes && m.changes.length > 0
    ? m.changes.map((c) => changeInWords(c as ScenarioChange)).join('; ')
    : 'Money only: a saving per year';

/** The kind of a mitigation's first change, for the form. */
export function kindOf(m: Mitigation): ChangeKind {
  const first = m.changes?.[0] as ScenarioChange | undefined;
  if (!first) return 'money';
  if (first.type === 'multiply-joiners') return 'joiners';
  if (first.type === 'multiply-rate') return 'leavers';
  return first.type;
}
