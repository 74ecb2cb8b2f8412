// What kind of file a person chose, from its first bytes and its name, so a form can say "This is an Excel
// workbook; the plan import takes the JSON file" before sending it, instead of a parser's complaint.

export type FileKind = 'excel' | 'zip' | 'json' | 'csv' | 'pdf' | 'word' | 'other';

const names: Record<FileKind, string> = {
  excel: 'an Excel workbook',
  zip: 'a zip file',
  json: 'a JSON file',
  csv: 'a CSV file',
  pdf: 'a PDF document',
  word: 'a Word document',
  other: 'not a file this form reads',
};

/** "an Excel workbook", "a PDF document", … */
export function fileKindName(kind: FileKind): string {
  return names[kind];
}

/** The kind of a file from its name and first bytes (a zip's PK, a PDF's %PDF, JSON's opening brace). */
export function fileKindOf(name: string, head: Uint8Array): FileKind {
  const lower = name.toLowerCase();
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) {
    if (lower.endsWith('.docx')) return 'word';
    return lower.endsWith('.zip') ? 'zip' : 'excel';
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return lower.endsWith('.doc') ? 'word' : 'excel'; // old .xls/.doc
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (lower.endsWith('.csv') || /^[^\0]*[,;\t][^\0]*/.test(text.split('\n')[0] ?? '')) return 'csv';
  return 'other';
}

/** Reads the first bytes of a chosen file and says what kind it is. */
export async function detectFileKind(file: Blob & { name: string }): Promise<FileKind> {
  const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  return fileKindOf(file.name, head);
}

/**
 * Null when the file is one of the kinds the form takes; otherwise the sentence to show, e.g.
 * "“plan.xlsx” is an Excel workbook; the plan import takes a JSON file. Nothing was sent."
 */
export function wrongKindMessage(
  fileName: string,
  kind: FileKind,
  accepted: readonly FileKind[],
  takes: string,
): string | null {
  if (accepted.includes(kind)) return null;
  return `“${fileName}” is ${fileKindName(kind)}; ${takes}. Nothing was sent.`;
}
