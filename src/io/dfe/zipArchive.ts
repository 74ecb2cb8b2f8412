import { unzipWithLimits, zipNames } from '../zip';

// The DfE's zips (EHCP releases, .ods and .xlsx files) are opened through io/zip, under its limits.

/** Whether bytes start like a zip archive (xlsx, ods and release zips all are). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The names of the files in a zip, without decompressing any (ZipLimitError for too many). */
export function zipEntryNames(bytes: Uint8Array, file = 'the zip file'): string[] {
  return zipNames(bytes, { file });
}

/** Decompresses the entries whose names pass `wanted` (the rest are never inflated), under the zip limits. */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  file = 'the zip file',
): Map<string, Uint8Array> {
  return unzipWithLimits(bytes, { file, wanted });
}

/** The last part of a path inside a zip ('data/caseload.csv' -> 'caseload.csv'). */
export function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}
