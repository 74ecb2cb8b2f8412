// Words and dates as the council's officers read them.
import type { Role } from '../app/api.ts';

const roleLabels: Record<Role, string> = {
  admin: 'Council administrator',
  finance: 'Finance',
  send: 'SEND service',
  viewer: 'Viewer (read only)',
  s151: 'S151 officer (finance, signs returns)',
  dcs: 'Director of Children’s Services (signs returns)',
};

/** The role as shown to people. */
export function roleLabel(role: Role): string {
  return roleLabels[role] ?? role;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "23 Nov 2025, 17:41" in the browser's time zone; the text as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A message for a person from anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something went wrong. Try again.';
}

// Money. The API sends pence; pages show whole pounds, with a minus sign before the pound sign.

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Half away from zero, so -£0.50 and £0.50 round alike, and never a negative zero. */
function roundedDivide(value: number, divisor: number): number {
  const magnitude = Math.round(Math.abs(value) / divisor);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** "£1,234", "-£1,234", "£0" from pence, rounded to the pound; a dash when there is no amount. */
export function formatPounds(pence: number | null | undefined): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return '—';
  const whole = roundedDivide(pence, 100);
  return `${whole < 0 ? '-' : ''}£${grouped.format(Math.abs(whole))}`;
}

/** Like formatPounds but keeping the pence when there are any: "£1,234.05". For checks, where pence matter. */
export function formatPoundsExact(pence: number): string {
  const magnitude = Math.abs(Math.round(pence));
  const pounds = Math.floor(magnitude / 100);
  const rest = magnitude % 100;
  const text = `£${grouped.format(pounds)}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
  return pence < 0 && magnitude !== 0 ? `-${text}` : text;
}

/** Millions of pounds to 3 decimals, as the DfE returns print them: "25.897", "-0.071", "0.000". */
export function formatMillions(pence: number): string {
  const thousands = roundedDivide(pence, 100_000);
  const magnitude = Math.abs(thousands);
  const text = `${grouped.format(Math.floor(magnitude / 1000))}.${String(magnitude % 1000).padStart(3, '0')}`;
  return thousands < 0 ? `-${text}` : text;
}

/** "-22.33%"; a dash when the server could not work it out (no allocation to divide by). */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

/** The amount to start an edit from: exact pounds, grouped, pence only when there are any. */
export function poundsForInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  return formatPoundsExact(pence).replace('£', '');
}

/** A side of a reconciliation check in its own unit: pounds for pence, a plain number otherwise. */
export function formatCheckValue(value: number, unit: string): string {
  if (unit === 'pence') return formatPoundsExact(value);
  const text = value.toLocaleString('en-GB');
  if (unit === 'words') return `${text} ${Math.abs(value) === 1 ? 'word' : 'words'}`;
  if (unit === 'percent') return `${text}%`;
  return text;
}

interface Band {
  absolute?: number;
  percent?: number;
}

function bandWords(band: Band): string | null {
  const parts: string[] = [];
  if (band.absolute !== undefined) parts.push(formatPoundsExact(band.absolute));
  if (band.percent !== undefined) parts.push(`${band.percent.toLocaleString('en-GB')}% of the baseline`);
  return parts.length === 0 ? null : parts.join(' or ');
}

/** The RAG tolerance in words: "Amber when an adverse variance exceeds £50,000; red above £1,000,000." */
export function describeTolerance(tolerance: { amber: Band; red: Band }): string {
  const amber = bandWords(tolerance.amber);
  const red = bandWords(tolerance.red);
  if (amber === null && red === null) return 'Every variance is green: no tolerance is set.';
  const favourable = 'Favourable variances are always green.';
  if (amber === null) return `Red when an adverse variance exceeds ${red}. ${favourable}`;
  if (red === null) return `Amber when an adverse variance exceeds ${amber}. ${favourable}`;
  return `Amber when an adverse variance exceeds ${amber}; red above ${red}. ${favourable}`;
}

const ragNames = { G: 'Green', A: 'Amber', R: 'Red' } as const;

/** "Green", "Amber" or "Red" for the letter. */
export function ragName(rag: 'G' | 'A' | 'R'): string {
  return ragNames[rag];
}

/** "Favourable", "Adverse" or "No change". */
export function effectLabel(effect: 'favourable' | 'adverse' | 'none'): string {
  return effect === 'favourable' ? 'Favourable' : effect === 'adverse' ? 'Adverse' : 'No change';
}

/** Millions of pounds, short, for chart labels: "£11.6m", "-£0.2m". */
export function formatMillionsShort(pence: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = roundedDivide(pence, 100_000_000 / factor) / factor;
  const text = `£${Math.abs(rounded).toFixed(decimals)}m`;
  return rounded < 0 ? `-${text}` : text;
}
