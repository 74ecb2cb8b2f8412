import { finding, type Sen2Finding } from '../../core/sen2/finding';
import type { BladeModule } from './bladeModules';
import { parseCsvRecords, type CsvRecord } from './fastCsv';

// One Blade CSV file read into rows of checked values. Every problem is a finding naming the module, the
// line, the column and the value; a row with a problem is left out so the rest can still be checked.

/** A row whose cells all read: its line and values by column. */
export interface BladeRow {
  readonly row: number;
  readonly values: Record<string, unknown>;
}

/** What one file gives: its good rows and every problem. */
export interface BladeTable {
  readonly rows: BladeRow[];
  /** Table ids of rows left out for a problem, so their children are not called orphans as well. */
  readonly leftOut: Set<string>;
  readonly findings: Sen2Finding[];
  /** False when the file cannot be read at all (not CSV, or a required column missing). */
  readonly usable: boolean;
}

/** Reads one module's file text. */
export function readBladeTable(spec: BladeModule, fileName: string, text: string): BladeTable {
  const findings: Sen2Finding[] = [];
  const where = (row: number, column?: string, value?: string) => ({
    module: spec.module,
    row,
    ...(column !== undefined ? { column } : {}),
    ...(value !== undefined ? { value } : {}),
  });
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    findings.push(
      finding(
        'unreadable-value',
        where(0),
        `${fileName} is not readable as CSV: ${(error as Error).message}`,
      ),
    );
    return { rows: [], leftOut: new Set(), findings, usable: false };
  }
  const [header, ...body] = records;
  const columns = new Map((header?.cells ?? []).map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = spec.required.filter((c) => !columns.has(c));
  for (const column of missing)
    findings.push(
      finding(
        'missing-column',
        where(1, column),
        `${fileName} has no column \`${column}\` (its columns: ${(header?.cells ?? []).join(', ') || 'none'})`,
      ),
    );
  if (missing.length > 0) return { rows: [], leftOut: new Set(), findings, usable: false };

  const wanted = Object.keys(spec.schema.shape);
  const rows: BladeRow[] = [];
  const leftOut = new Set<string>();
  const width = header!.cells.length;
  for (const { cells: record, line } of body) {
    const idIndex = columns.get(spec.idColumn)!;
    if (record.length !== width) {
      findings.push(
        finding(
          'unreadable-value',
          where(line),
          `has ${String(record.length)} cells but the header has ${String(width)}`,
        ),
      );
      leftOut.add((record[idIndex] ?? '').trim());
      continue;
    }
    const cells: Record<string, string> = {};
    for (const column of wanted) {
      const index = columns.get(column);
      cells[column] = index === undefined ? '' : (record[index] ?? '');
    }
    const parsed = spec.schema.safeParse(cells);
    if (parsed.success) {
      rows.push({ row: line, values: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      findings.push(finding('unreadable-value', where(line, column, cells[column] ?? ''), issue.message));
    }
    leftOut.add((cells[spec.idColumn] ?? '').trim());
  }
  return { rows, leftOut, findings, usable: true };
}
