// Financial and academic years are written the same ways in council papers ('2021-22', '2021/22',
// '2021-2022', 'FY2021-22'), so one parser serves both; each keeps its own canonical form.

/** What is being parsed: how to name it in errors and how to write it back. */
export interface YearLabelKind {
  /** With its article, for messages: 'a financial year'. */
  readonly name: string;
  readonly prefix: string;
  readonly separator: '-' | '/';
}

const LABEL = /^\s*([a-z]{2})?\s*(\d{4})\s*[-/\u2013]\s*(\d{2}|\d{4})\s*$/i;

/** Writes the canonical label of the year starting in startYear: 2021 → '2021-22' or '2021/22'. */
export function formatYearLabel(startYear: number, kind: YearLabelKind): string {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new RangeError(`${String(startYear)} cannot start ${kind.name}`);
  }
  return `${String(startYear)}${kind.separator}${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Reads any tolerated written form of a year label and returns its first calendar year. */
export function parseYearLabel(text: string, kind: YearLabelKind): number {
  const example = formatYearLabel(2021, kind);
  const expected = `expected a form like ${example}, 2021${kind.separator === '-' ? '/' : '-'}22, 2021-2022 or ${kind.prefix}${example}`;
  const match = LABEL.exec(text);
  if (!match || (match[1] !== undefined && match[1].toUpperCase() !== kind.prefix)) {
    throw new Error(`'${text}' is not ${kind.name} (${expected})`);
  }
  const start = Number(match[2]);
  const end = match[3] ?? '';
  const follows = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  if (!follows || start > 9998) {
    throw new Error(
      `'${text}' is not ${kind.name}: the second year must follow ${String(start)} (${expected})`,
    );
  }
  return start;
}

/** Returns the first calendar year of a label already in canonical form; throws for any other text. */
export function startYearOfCanonical(label: string, kind: YearLabelKind): number {
  // Strict on purpose: the tolerant parser would read an academic year '2021/22' as a financial year.
  const start = Number(label.slice(0, 4));
  if (!/^\d{4}[-/]\d{2}$/.test(label) || formatYearLabel(start, kind) !== label) {
    throw new Error(
      `'${label}' is not ${kind.name} written like ${formatYearLabel(2021, kind)}: parse it first`,
    );
  }
  return start;
}
