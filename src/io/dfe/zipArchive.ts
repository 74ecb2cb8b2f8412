import { unzipSync } from 'fflate';

/** Whether bytes start like a zip archive (xlsx, ods and release zips all are). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The names of the files in a zip, without decompressing any. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

/** Decompresses the entries whose names pass `wanted` (the rest are never inflated). */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes, { filter: (file) => wanted(file.name) })));
}

/** The last part of a path inside a zip ('data/caseload.csv' -> 'caseload.csv'). */
export function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}
