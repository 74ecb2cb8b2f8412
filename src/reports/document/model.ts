// A document as blocks (headings, paragraphs, lists, tables, figures), built once from the figures and
// written twice: as HTML for Chromium's PDF and as a Word document. A paper's content never depends on
// the format it is written in.

/** A RAG status a table cell shows in colour and as its letter. */
export type CellRag = 'G' | 'A' | 'R';

/** A run of text within a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An address the run links to (background documents, the Local Offer). */
  link?: string;
}

/** One cell: text, aligned right when it is a figure. */
export interface Cell {
  text: string;
  numeric?: boolean;
  bold?: boolean;
  rag?: CellRag | null;
}

export interface TableRow {
  cells: Array<Cell | string>;
  /** A total row is bold on a grey ground; a heading row spans the table as a group title. */
  style?: 'total' | 'group';
}

/** A figure drawn by the chart layer: its SVG text, what it shows in words, and its drawn size. */
export interface Figure {
  kind: 'figure';
  svg: string;
  caption: string;
  width: number;
  height: number;
}

/** One block of a document. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; runs: TextRun[]; style?: 'normal' | 'caption' | 'note' | 'problem' | 'notWritten' }
  | { kind: 'list'; numbering: 'bullet' | 'number' | 'letter'; items: TextRun[][] }
  | {
      kind: 'table';
      columns: Array<{ heading: string; numeric?: boolean; width?: number }>;
      rows: TableRow[];
      /** Said under the table: where its figures come from and as at when. */
      source?: string;
      small?: boolean;
    }
  | { kind: 'details'; rows: Array<[string, TextRun[]]> }
  | Figure;

/** A whole document: its title block and its blocks, with the footer every page carries. */
export interface PaperDocument {
  title: string;
  subtitle: string | null;
  /** The organisation line above the title. */
  council: string;
  /** A banner when the paper is a draft, or any statement that must be seen first. */
  banner: string | null;
  blocks: Block[];
  footer: string;
}

/** A paragraph of plain text. */
export function paragraph(text: string, style?: Extract<Block, { kind: 'paragraph' }>['style']): Block {
  return { kind: 'paragraph', runs: [{ text }], ...(style ? { style } : {}) };
}

/** A heading. */
export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Block {
  return { kind: 'heading', level, text, ...(pageBreakBefore ? { pageBreakBefore } : {}) };
}

/** A figure cell, right-aligned. */
export function num(text: string, extra: Omit<Cell, 'text' | 'numeric'> = {}): Cell {
  return { text, numeric: true, ...extra };
}

/** Every word of a document's text, in order: what a reader of the PDF or the DOCX sees (used by tests and checks). */
export function documentText(doc: PaperDocument): string {
  const runs = (r: TextRun[]) => r.map((x) => x.text).join('');
  const cell = (c: Cell | string) => (typeof c === 'string' ? c : c.text);
  const parts = [doc.council, doc.title, doc.subtitle ?? '', doc.banner ?? ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') parts.push(b.text);
    else if (b.kind === 'paragraph') parts.push(runs(b.runs));
    else if (b.kind === 'list') parts.push(...b.items.map(runs));
    else if (b.kind === 'details') parts.push(...b.rows.map(([k, v]) => `${k} ${runs(v)}`));
    else if (b.kind === 'table') {
      parts.push(b.columns.map((c) => c.heading).join(' '));
      parts.push(...b.rows.map((r) => r.cells.map(cell).join(' ')));
      if (b.source) parts.push(b.source);
    } else parts.push(b.caption);
  }
  return parts.filter((p) => p !== '').join('\n');
}
