import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

// Reading documents back as a reader would: a PDF's text through poppler's pdftotext, a Word file's
// text from its XML, one paragraph a line.

const tools = ['/usr/bin/chromium', '/usr/bin/pdftotext'];

/** The tools the document tests need that are missing (npm test installs them). */
export const missingDocumentTools = tools.filter((t) => !existsSync(t));

/** Added to a skipped test's title: what is missing and how to install it. */
export const documentToolsNote =
  missingDocumentTools.length > 0
    ? ` [skipped: ${missingDocumentTools.join(', ')} missing; run node scripts/ensure-chromium.mjs and node scripts/ensure-poppler.mjs as root]`
    : '';

/** A PDF's text as pdftotext gives it (layout kept, so table rows stay on one line). */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'highneeds-pdf-'));
  try {
    const file = path.join(dir, 'paper.pdf');
    writeFileSync(file, pdf);
    return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files inside a .docx (a zip). */
export function docxParts(docx: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(docx));
}

/** A .docx's body text from word/document.xml: each paragraph a line, each table cell separated by a tab. */
export function docxText(docx: Buffer): string {
  const xml = strFromU8(docxParts(docx)['word/document.xml']!);
  const decode = (s: string) =>
    s
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&amp;/gu, '&');
  // One pass, so text decoded from a run (which may hold "<") is never taken for a tag.
  return xml
    .replace(
      /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|(<\/w:p>\s*<\/w:tc>)|(<\/w:tr>|<\/w:p>)|<[^>]+>/gu,
      (_, text: string | undefined, cellEnd: string | undefined, lineEnd: string | undefined) =>
        text !== undefined ? decode(text) : cellEnd ? '\t' : lineEnd ? '\n' : '',
    )
    .replace(/\t\n/gu, '\n');
}
