// Words for KPI periods and units, and reading a figure a person typed. The figures themselves come from
// the server already formatted as the return prints them.
import type { KpiUnit } from './kpiApi.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "May 2021" for `2021-05`, "Q1 2021-22" for `2021-22-Q1`; the text as given otherwise. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${months[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const quarter = /^(\d{4}-\d{2})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return period;
}

/** "31 May 2021" for an ISO date. */
export function dateLabel(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

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
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
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
