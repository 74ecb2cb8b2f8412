// The SEN2 figures' keys in the council's words: NCYs in school order, needs, setting types, placement
// categories and cease reasons by their names, never their codes alone.
import type { PlacementCategory } from '../../core/benchmark/placementCategories';
import { categoryNames } from '../../core/placements/categoryNames';
import { needCodes } from '../../core/placements/needCodes';
import { settingTypes } from '../../core/placements/settingTypes';
import { ceaseReasons } from '../../core/sen2/codes';

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Where an NCY comes in school order: nursery (N1, N2), reception (R), then years 1 to 14. */
function ncyOrder(label: string): number {
  if (label === 'N1') return -2;
  if (label === 'N2') return -1;
  if (label === 'R') return 0;
  const n = Number(label);
  return Number.isFinite(n) ? (n < 0 ? n - 10 : n) : 99;
}

/** An NCY as people say it: "Nursery 1", "Reception", "Year 7", "Below nursery (-3)". */
export function ncyName(label: string): string {
  if (label === 'N1') return 'Nursery 1';
  if (label === 'N2') return 'Nursery 2';
  if (label === 'R') return 'Reception';
  const n = Number(label);
  if (Number.isFinite(n) && n < 0) return `Below nursery (${label})`;
  return Number.isFinite(n) ? `Year ${label}` : capital(label);
}

/** The census's NCY counts in school order. */
export function byNcyInOrder(byNcy: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(byNcy).sort(([a], [b]) => ncyOrder(a) - ncyOrder(b));
}

/** A need code with its name: "Autistic spectrum disorder (ASD)". */
export function needName(code: string): string {
  const need = needCodes.find((n) => n.code === code);
  return need ? `${need.label} (${code})` : code === 'none' ? 'No primary need recorded' : code;
}

/** A setting type by its name. */
export function settingName(code: string): string {
  if (code === 'none' || code === '') return 'No setting recorded';
  return settingTypes.find((s) => s.code === code)?.label ?? capital(code.replace(/_/g, ' '));
}

/** A DfE placement category by its name, capitalised. */
export function categoryName(id: string): string {
  return capital((categoryNames as Record<string, string>)[id] ?? id);
}

export const categoryIds = Object.keys(categoryNames) as PlacementCategory[];

/** Why a plan ended, by the DfE's words for its code. */
export function ceaseReasonName(code: string): string {
  if (code === 'none') return 'No reason recorded';
  return ceaseReasons.find((r) => r.code === code)?.label ?? code;
}

/** Counts largest first, for tables of needs and settings. */
export function largestFirst(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts).sort(([, a], [, b]) => b - a);
}
