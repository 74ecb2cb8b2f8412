// Turns an audit entry into words: what was done to what, and the few fields that changed, with amounts
// as money and lists as counts (never raw pence or code-like blocks).
import { placementCategoryLabels, type PlacementCategory } from '../../core/benchmark/placementCategories';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { formatMoney } from '../../core/money';
import type { CouncilRole } from '../../services/permissions';
import { everyRole, roleLabel } from '../ui/format.ts';

export interface FieldChange {
  /** Empty when the snapshots are not records of named fields. */
  field: string;
  /** Null when the thing was created: there was no value before. */
  before: string | null;
  /** Null when the thing was removed. */
  after: string | null;
}

const fieldLabels: Record<string, string> = {
  s151Officer: 'S151 officer',
  directorOfChildrensServices: "Director of Children's Services",
  displayName: 'Name',
  code: 'Old LA code',
  newCode: 'New LA code',
  dfeContributionsToDate: 'DfE contributions to date',
  kpiPeriod: 'KPI period',
  signOffsCleared: 'Sign-offs cleared',
  ehcpKpis: 'EHCP KPIs',
  period: 'Period',
  role: 'Role',
};

const actionLabels: Record<string, string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Removed',
  import: 'Imported',
  replace: 'Replaced',
  copy: 'Copied',
  freeze: 'Froze',
  grant: 'Granted',
  revoke: 'Took away',
  'sign-off': 'Signed off',
  reopen: 'Reopened',
  complete: 'Completed',
  start: 'Started',
  'reset-password': 'Reset the password of',
};

const entityLabels: Record<string, string> = {
  council: 'council details',
  membership: 'a role in the council',
  'plan-version': 'a plan version',
  'plan-line': 'a plan line',
  'plan-line-amount': 'a plan amount',
  'recovery-plan-document': 'a recovery plan',
  'variance-tolerance': 'the RAG tolerance',
  kpi: 'a KPI',
  'kpi-set': 'the KPIs of a year',
  'kpi-value': 'a KPI value',
  'kpi-period': 'a KPI period',
  'placement-snapshot': 'a placement register',
  'placement-settings': 'the placement settings',
  'safety-valve-agreement': 'the Safety Valve agreement',
  'safety-valve-payment': 'a DfE payment',
  'safety-valve-return': 'a quarterly return',
  'safety-valve-condition': 'a condition’s progress',
  'forecast-inputs': 'forecast inputs',
  'forecast-run': 'a forecast run',
  'system-administrator': 'system administration',
  national_release: 'national data',
  user: 'a person’s account',
};

/** "Changed", "Added", …: the action as a verb; an unknown one split into words. */
export function actionLabel(action: string): string {
  return actionLabels[action] ?? fieldLabel(action);
}

/** "a plan amount", "a DfE payment", …; an unknown one split into words. */
export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? fieldLabel(entity).toLowerCase();
}

/** Records kept once per council: their id is the council's code, which the page already shows. */
const perCouncil = new Set(['council', 'variance-tolerance', 'safety-valve-agreement', 'placement-settings']);

/** Which record an entry is about, in words ("as at 31 May 2021", "Q1 2021-22", "number 3"); null for none. */
export function recordLabel(entity: string, id: string | null): string | null {
  if (id === null || id === '' || perCouncil.has(entity)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return `as at ${dateLabel(id)}`;
  if (/^\d+$/.test(id)) return `number ${id}`;
  return periodLabel(id);
}

/** The money fields of each kind of record, and the unit the audit trail holds them in. */
const moneyFields: Record<string, { unit: 'pounds' | 'pence'; fields: readonly string[] }> = {
  'plan-line-amount': { unit: 'pounds', fields: ['amount'] },
  'safety-valve-payment': { unit: 'pence', fields: ['planned', 'received', 'withheld'] },
  'safety-valve-agreement': { unit: 'pence', fields: ['totalFunding', 'maximum'] },
  'safety-valve-condition': { unit: 'pence', fields: ['savingsAchieved', 'savingsTarget'] },
  'safety-valve-return': { unit: 'pence', fields: ['change'] },
  'variance-tolerance': { unit: 'pence', fields: ['absolute'] },
};

/** The fields whose values differ between two snapshots, in the order they first appear, in words. */
export function changedFields(before: unknown, after: unknown, entity = ''): FieldChange[] {
  const created = before === null || before === undefined;
  const removed = after === null || after === undefined;
  const words = (value: unknown, key: string) => describe(value, key, entity);
  if (isRecord(before) || isRecord(after)) {
    const old = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return (
      keys
        .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
        // A new record's empty fields are not news.
        .filter((key) => !created || words(now[key], key) !== '—')
        .map((key) => ({
          field: fieldLabel(key),
          before: created ? null : words(old[key], key),
          after: removed ? null : words(now[key], key),
        }))
    );
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    { field: '', before: created ? null : words(before, ''), after: removed ? null : words(after, '') },
  ];
}

/** "s151Officer" -> "S151 officer"; unknown names are split at their capitals. */
export function fieldLabel(key: string): string {
  const known = fieldLabels[key];
  if (known) return known;
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A value in words: money as money, dates as dates, lists as counts, records as "name: value" pairs. */
function describe(value: unknown, key: string, entity: string, depth = 0): string {
  if (value === null || value === undefined || value === '') return '—';
  const money = moneyFields[entity];
  if (typeof value === 'number' && money?.fields.includes(key) && Number.isFinite(value)) {
    const pence = money.unit === 'pounds' ? Math.round(value * 100) : Math.round(value);
    return formatMoney(pence, { pence: pence % 100 !== 0 });
  }
  // A year is written as a year ("2021", not "2,021").
  if (typeof value === 'number' && /year$/i.test(key) && Number.isInteger(value)) return String(value);
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return stringInWords(value, key);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value.join(', ');
    return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  if (isRecord(value)) {
    if (depth > 0) return 'details';
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${partLabel(key, k)}: ${describe(v, k, entity, depth + 1)}`)
      .join('; ');
  }
  return typeof value === 'bigint' ? value.toString() : 'details';
}

/** Dates as dates, reporting periods as officers write them ("Q1 2021-22", "May 2021"), roles by name. */
function stringInWords(value: string, key: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateLabel(value);
  if (/period$/i.test(key)) return periodLabel(value);
  if (key === 'role' && (everyRole as string[]).includes(value)) return roleLabel(value as CouncilRole);
  return value;
}

/** A part of a record by name: a placement category by the benchmarking tool's heading. */
function partLabel(record: string, part: string): string {
  if (record === 'byCategory' && part in placementCategoryLabels)
    return placementCategoryLabels[part as PlacementCategory];
  return fieldLabel(part);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
