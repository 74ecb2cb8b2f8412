// Words, dates and figures as the council's officers read them. Money and counts are written by src/core
// (formatMoney, formatCount, formatPercent); these add the page's dash for "no figure" and a few labels.
import { formatPercent as corePercent } from '../../core/money';
import { formatMoney } from '../../core/money';
import type { RagTolerance } from '../../core/finance/rag';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import type { CouncilRole } from '../../services/permissions';

const roleLabels: Record<CouncilRole, string> = {
  admin: 'Council administrator',
  finance: 'Finance',
  send: 'SEND service',
  viewer: 'Viewer (read only)',
  s151: 'S151 officer (finance, signs returns)',
  dcs: 'Director of Children’s Services (signs returns)',
};

/** Every role a person can hold in a council, in the order they are offered. */
export const everyRole = Object.keys(roleLabels) as CouncilRole[];

/** The role as shown to people. */
export function roleLabel(role: CouncilRole): string {
  return roleLabels[role] ?? role;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "23 Nov 2025, 17:41" in the browser's time zone; the text as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** The dash a table shows where there is no figure. */
export const noFigure = '—';

/** Whole pence from a figure that may carry a fraction (a simulated mean cost), or null. */
function wholePence(pence: number | null | undefined): number | null {
  return pence === null || pence === undefined || !Number.isFinite(pence) ? null : Math.round(pence);
}

/** "£1,234", "-£1,234", "£0" from pence, rounded to the pound; a dash when there is no amount. */
export function formatPounds(pence: number | null | undefined): string {
  const whole = wholePence(pence);
  return whole === null ? noFigure : formatMoney(whole);
}

/** A change in pounds with its sign: "+£69,000", "-£111,000"; a dash when there is none. */
export function formatPoundsChange(pence: number | null | undefined): string {
  const whole = wholePence(pence);
  return whole === null ? noFigure : formatMoney(whole, { sign: 'always' });
}

/** Like formatPounds but keeping the pence when there are any: "£1,234.05". For checks, where pence matter. */
export function formatPoundsExact(pence: number): string {
  return formatMoney(pence, { pence: pence % 100 !== 0 });
}

/** Millions of pounds to 3 decimals, as the DfE returns print them: "25.897", "-0.071", "0.000". */
export function formatMillions(pence: number): string {
  return formatMoney(pence, { units: 'm', decimals: 3, symbol: false }).replace(/m$/, '');
}

/** Millions of pounds, short, for chart labels: "£11.6m", "-£0.2m". */
export function formatMillionsShort(pence: number, decimals = 1): string {
  return formatMoney(Math.round(pence), { units: 'm', decimals });
}

/** "-22.33%"; a dash when the server could not work it out (no allocation to divide by). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? noFigure : corePercent(value, 2);
}

/** The amount to start an edit from: exact pounds, grouped, pence only when there are any. */
export function poundsForInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  return formatMoney(pence, { pence: pence % 100 !== 0, symbol: false });
}

/** A side of a reconciliation check in its own unit: pounds for pence, a plain number otherwise. */
export function formatCheckValue(value: number, unit: string): string {
  if (unit === 'pence') return formatPoundsExact(value);
  const text = value.toLocaleString('en-GB');
  if (unit === 'words') return `${text} ${Math.abs(value) === 1 ? 'word' : 'words'}`;
  if (unit === 'percent') return `${text}%`;
  return text;
}

type Band = RagTolerance['amber'];

function bandWords(band: Band): string | null {
  const parts: string[] = [];
  if (band.absolute !== undefined) parts.push(formatPoundsExact(band.absolute));
  if (band.percent !== undefined) parts.push(`${band.percent.toLocaleString('en-GB')}% of the baseline`);
  return parts.length === 0 ? null : parts.join(' or ');
}

/** The RAG tolerance in words: "Amber when an adverse variance exceeds £50,000; red above £1,000,000." */
export function describeTolerance(tolerance: RagTolerance): string {
  const amber = bandWords(tolerance.amber);
  const red = bandWords(tolerance.red);
  if (amber === null && red === null) return 'Every variance is green: no tolerance is set.';
  const favourable = 'Favourable variances are always green.';
  if (amber === null) return `Red when an adverse variance exceeds ${red}. ${favourable}`;
  if (red === null) return `Amber when an adverse variance exceeds ${amber}. ${favourable}`;
  return `Amber when an adverse variance exceeds ${amber}; red above ${red}. ${favourable}`;
}

/** "Favourable", "Adverse" or "No change". */
export function effectLabel(effect: 'favourable' | 'adverse' | 'none'): string {
  return effect === 'favourable' ? 'Favourable' : effect === 'adverse' ? 'Adverse' : 'No change';
}

/**
 * A sentence from the server with its codes in words: the reporting period given ("2021-05" -> "May 2021",
 * "2021-22-Q1" -> "Q1 2021-22") and ISO dates ("2021-03-31" -> "31 March 2021").
 */
export function codesInWords(text: string, period?: string): string {
  const dated = text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => dateLabel(iso));
  return period ? dated.replace(new RegExp(`\\b${period}\\b`, 'g'), periodLabel(period)) : dated;
}
