import { z } from 'zod';
import { findSettingType } from '../../core/placements';
import { readCsvTable, type ReadResult, type RowError } from '../witan/csvTable';

// The council's URN lookup file (docs/formats/sen2-urn-lookup.md): one establishment per row, by URN
// (6 digits) or UKPRN (8 digits), with its setting type as the placement register names them (code or
// label). It resolves the URNs the return names that the placement register does not.

/** One lookup row. */
export interface UrnLookupRow {
  readonly key: string;
  readonly keyKind: 'urn' | 'ukprn';
  readonly settingType: string;
  readonly name: string | null;
}

/** The lookup file's columns, for the template and the download. */
export const urnLookupColumns = ['urn', 'ukprn', 'setting_type', 'name'] as const;

const rowSchema = z
  .object({
    urn: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{6}$/.test(v), 'is not a URN (6 digits)'),
    ukprn: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{8}$/.test(v), 'is not a UKPRN (8 digits)'),
    setting_type: z
      .string()
      .trim()
      .transform((v, ctx) => {
        const type = findSettingType(v);
        if (type) return type.code;
        ctx.addIssue({
          code: 'custom',
          message:
            'is not a setting type: use a code or label of docs/formats/placements.md (e.g. special_academy_free)',
        });
        return z.NEVER;
      }),
    name: z
      .string()
      .trim()
      .max(200, 'is longer than 200 characters')
      .transform((v) => (v === '' ? null : v)),
  })
  .refine((r) => r.urn !== '' || r.ukprn !== '', { message: 'give a URN or a UKPRN', path: ['urn'] });

/** Reads a lookup file; every problem is listed with its row and column. */
export function readUrnLookup(text: string): ReadResult<UrnLookupRow[]> {
  const table = readCsvTable(text, ['setting_type']);
  if (!table.ok) return table;
  const errors: RowError[] = [...table.data.rowErrors];
  const rows: UrnLookupRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.data.rows) {
    const cells = Object.fromEntries(urnLookupColumns.map((c) => [c, row.cell(c)]));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        errors.push({ row: row.row, column, value: cells[column] ?? '', message: issue.message });
      }
      continue;
    }
    const { urn, ukprn, setting_type: settingType, name } = parsed.data;
    for (const [key, keyKind] of [
      [urn, 'urn'],
      [ukprn, 'ukprn'],
    ] as const) {
      if (key === '') continue;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          row: row.row,
          column: keyKind,
          value: key,
          message: `is also on row ${String(earlier)}`,
        });
        continue;
      }
      seen.set(key, row.row);
      rows.push({ key, keyKind, settingType, name });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, data: rows };
}

/** The lookup as a CSV file in the same columns (one row per key). */
export function writeUrnLookup(rows: readonly UrnLookupRow[]): string {
  const cell = (v: string | null) =>
    v === null ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return (
    [
      urnLookupColumns.join(','),
      ...rows.map((r) =>
        [r.keyKind === 'urn' ? r.key : '', r.keyKind === 'ukprn' ? r.key : '', r.settingType, r.name]
          .map(cell)
          .join(','),
      ),
    ].join('\r\n') + '\r\n'
  );
}
