// Words for KPI units and directions, and reading a figure a person typed. Periods and dates are named by
// src/core (periodLabel, dateLabel); the figures themselves come from the server as the return prints them.
import type { KpiUnit } from './queries.ts';

/** What a figure of this unit is typed in: "pounds", "%", "number". */
export function unitWord(unit: KpiUnit): string {
  return unit === 'money' ? 'in pounds' : unit === 'percent' ? 'in %' : 'a number';
}

/** The figure to start an edit from: pounds for money (pence from the server), as is otherwise. */
export function valueForInput(unit: KpiUnit, value: number | null): string {
  if (value === null) return '';
  return String(unit === 'money' ? value / 100 : value);
}

/**
 * A typed figure as the API takes it (pounds for money): "£5,120,000", "1.26%", "-72" are read; an empty
 * box is "no figure" (null). Anything else is refused with a message naming what was typed.
 */
export function readTypedValue(
  typed: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: true, value: null };
  const plain = trimmed.replace(/[£,%\s]/g, '');
  const value = /^[-−]?\d+(\.\d+)?$/.test(plain) ? Number(plain.replace('−', '-')) : Number.NaN;
  if (!Number.isFinite(value))
    return { ok: false, message: `'${trimmed}' is not a number. Type digits, e.g. 1447, 1.26 or 5120000.` };
  return { ok: true, value };
}

const directions = {
  lower: 'Lower is better',
  higher: 'Higher is better',
  closeToTarget: 'Closest to target is best',
} as const;

/** "Lower is better" and the like. */
export function directionLabel(direction: keyof typeof directions): string {
  return directions[direction];
}
