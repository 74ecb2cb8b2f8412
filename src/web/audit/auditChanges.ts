// Turns an audit entry's before and after snapshots into the few fields that changed.

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
};

/** The fields whose values differ between two snapshots, in the order they first appear. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const created = before === null || before === undefined;
  const removed = after === null || after === undefined;
  if (isRecord(before) || isRecord(after)) {
    const old = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return (
      keys
        .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
        // A new record's empty fields are not news.
        .filter((key) => !created || describe(now[key]) !== '—')
        .map((key) => ({
          field: fieldLabel(key),
          before: created ? null : describe(old[key]),
          after: removed ? null : describe(now[key]),
        }))
    );
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field: '', before: created ? null : describe(before), after: removed ? null : describe(after) }];
}

/** "s151Officer" -> "S151 officer"; unknown names are split at their capitals. */
export function fieldLabel(key: string): string {
  const known = fieldLabels[key];
  if (known) return known;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
