// The PDF report tests read the PDF back with Debian's poppler-utils (pdftotext, pdftoppm); install them when missing.
import { aptInstall, exists } from './lib.mjs';

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFTOPPM = '/usr/bin/pdftoppm';

export function ensurePoppler() {
  if (exists(PDFTOTEXT) && exists(PDFTOPPM)) return;
  aptInstall(['poppler-utils'], 'The PDF report tests (pdftotext, pdftoppm)');
  if (!exists(PDFTOTEXT) || !exists(PDFTOPPM))
    throw new Error(`Installed poppler-utils but ${PDFTOTEXT} or ${PDFTOPPM} is still missing.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePoppler();
