import fs from 'node:fs';
import path from 'node:path';
import { bladeZipLimits, unzipWithLimits } from './limitedZip';

// Where a Blade export comes from: a folder holding the nine CSV files, or a zip of them (at any depth in
// the zip, as a zipped folder has them under its own name). Either way: file name -> text.

const isCsv = (name: string) => name.toLowerCase().endsWith('.csv') && !name.startsWith('__MACOSX/');
const utf8 = new TextDecoder('utf-8');

/** Whether bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The CSV files of a zip upload, or why it is refused. */
export function bladeFilesFromZip(
  bytes: Uint8Array,
): { ok: true; files: Map<string, string> } | { ok: false; message: string } {
  const read = unzipWithLimits(bytes, isCsv, bladeZipLimits);
  if (!read.ok) return read;
  return { ok: true, files: new Map([...read.entries].map(([name, data]) => [name, utf8.decode(data)])) };
}

/** The CSV files of a folder (not its subfolders), or of a zip file, by name. */
export function bladeFilesFromPath(
  location: string,
): { ok: true; files: Map<string, string> } | { ok: false; message: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    return { ok: false, message: `${location}: there is no such folder or file.` };
  }
  if (stat.isFile()) {
    const bytes = fs.readFileSync(location);
    if (!looksLikeZip(bytes))
      return { ok: false, message: `${location}: give the folder of Blade CSV files, or a zip of them.` };
    return bladeFilesFromZip(bytes);
  }
  const names = fs.readdirSync(location).filter(isCsv);
  return {
    ok: true,
    files: new Map(names.map((name) => [name, fs.readFileSync(path.join(location, name), 'utf8')])),
  };
}
