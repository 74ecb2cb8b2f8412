import { parse } from 'csv-parse/sync';
import { controlCharacterProblem, findControlCharacter } from '../../core/inputs';

// Every CSV the product reads is parsed here: the records with their line numbers, or the one problem
// that stops the file being read at all (an unclosed quote in a file cut short, a control character),
// said with its line and column, never csv-parse's stack trace.

/** One record and the line it ends on (the header is line 1). */
export interface CsvRecord {
  record: string[];
  line: number;
}

/** Why a file cannot be read as CSV: its line, the column (1-based, 0 when not one cell) and the problem. */
export interface CsvProblem {
  line: number;
  column: number;
  /** The header's name for that column, when the problem is below the header. */
  columnName?: string;
  message: string;
}

export type CsvRecords = { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvProblem };

interface CsvParseFailure {
  code?: string;
  lines?: number;
  message: string;
}

const plain: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'has a quote (") that is never closed: the file may be cut short, or a cell holds an odd number of quotes',
  CSV_INVALID_CLOSING_QUOTE:
    'has a quote (") in the middle of a cell: put the whole cell in quotes and double the quote inside',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'has text after a closing quote (")',
};

export interface CsvOptions {
  /** Trim spaces around cells (witan and register files); DfE files are read as published. */
  trim?: boolean;
  skipEmptyLines?: boolean;
}

/** Parses CSV text (commas, quotes as RFC 4180; a UTF-8 byte-order mark dropped). */
export function parseCsvRecords(text: string, options: CsvOptions = {}): CsvRecords {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      trim: options.trim ?? false,
      skip_empty_lines: options.skipEmptyLines ?? false,
    }) as unknown as typeof parsed;
  } catch (error) {
    const failure = error as CsvParseFailure;
    return {
      ok: false,
      problem: {
        line: failure.lines ?? 1,
        column: 0,
        message: plain[failure.code ?? ''] ?? `is not readable as CSV (${failure.message})`,
      },
    };
  }
  const records: CsvRecord[] = [];
  const header = parsed[0]?.record ?? [];
  for (const [index, { record, info }] of parsed.entries()) {
    for (let column = 0; column < record.length; column++) {
      const found = findControlCharacter(record[column] ?? '', { multiline: true });
      if (!found) continue;
      const columnName = index > 0 ? header[column]?.trim() || undefined : undefined;
      return {
        ok: false,
        problem: {
          line: info.lines,
          column: column + 1,
          ...(columnName ? { columnName } : {}),
          message: controlCharacterProblem(found),
        },
      };
    }
    records.push({ record, line: info.lines });
  }
  return { ok: true, records };
}
