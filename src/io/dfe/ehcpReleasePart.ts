import type { Figure } from '../../core/benchmark/figure';
import { columnIndex, type CsvTable } from './csvTable';
import { EesGeography } from './eesGeography';
import { readCell } from './publishedNumber';
import type { ValueCollector } from './valueCollector';

/** One CSV of an EHCP statistics release: how to recognise it and what it yields. */
export interface ReleasePart {
  /** Its path inside the release zip as the DfE publishes it. */
  path: string;
  /** Columns that identify it when it is imported on its own. */
  signature: readonly string[];
  /** The series it is the source of. */
  series: readonly string[];
  /** Reads the table into the collector; returns the latest January census the data speaks to. */
  read(table: CsvTable, out: ValueCollector): number | undefined;
}

/** One data row with its area resolved and a way to read its numeric cells. */
export interface EesRow {
  line: number;
  area: string;
  text(column: string): string;
  figure(column: string): Figure | undefined;
}

/**
 * Calls `each` for every data row whose area resolves, after checking the columns it needs; geography
 * and number errors go to the collector with the row's line number.
 */
export function eachEesRow(
  table: CsvTable,
  columns: readonly string[],
  out: ValueCollector,
  each: (row: EesRow) => void,
): void {
  const geography = EesGeography.of(table);
  if (!(geography instanceof EesGeography)) {
    out.errors.push(geography);
    return;
  }
  const found = columnIndex(table, columns);
  if ('error' in found) {
    out.errors.push(found.error);
    return;
  }
  const index: Record<string, number> = found.index;
  for (const { line, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const area = geography.area(cells);
    if (!('area' in area)) {
      out.error(line, area.column, area.value, area.message);
      continue;
    }
    const text = (column: string) => (cells[index[column] ?? table.header.indexOf(column)] ?? '').trim();
    each({
      line,
      area: area.area,
      text,
      figure: (column) => {
        const reading = readCell(text(column));
        if ('error' in reading) {
          out.error(line, column, text(column), reading.error);
          return undefined;
        }
        return reading.figure;
      },
    });
  }
}
