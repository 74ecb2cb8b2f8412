import { ZipLimitError, ZipReadError, type ZipLimits } from './zipLimits';

// Reads a zip's central directory (the list at its end) without inflating anything, so the number of files
// and their declared sizes are checked first. Zip64 directories are read too; encrypted files are refused.

/** One file in a zip as its directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared; the inflater checks that the data agrees. */
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** The archive's entries in directory order; a ZipLimitError when there are too many. */
export function readZipDirectory(file: string, bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (what: string) =>
    new ZipReadError(file, `${file} is not a zip file that can be read (${what}).`);
  const end = bytes.byteLength >= 22 ? findEnd(view) : -1;
  if (end < 0) throw damaged('no zip directory at its end');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === ZIP64_LOCATOR
  ) {
    const at = u64(view, end - 12);
    if (at + 56 > bytes.byteLength || view.getUint32(at, true) !== ZIP64_EOCD)
      throw damaged('a broken zip64 directory');
    count = u64(view, at + 32);
    offset = u64(view, at + 48);
  }
  if (count > limits.maxEntries)
    throw new ZipLimitError(
      file,
      'entries',
      `${file} holds ${String(count)} files; highneeds opens zips of at most ${String(limits.maxEntries)} files.`,
    );
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw damaged('a broken zip directory');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(rawName);
    if (flags & 1)
      throw new ZipReadError(file, `${file} holds an encrypted file (${name}), which highneeds cannot open.`);
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let headerOffset = view.getUint32(at + 42, true);
    // Zip64: the 32-bit fields that are all ones are in the extra field 0x0001, in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        if (size === 0xffffffff) {
          size = u64(view, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(view, p);
          p += 8;
        }
        if (headerOffset === 0xffffffff) headerOffset = u64(view, p);
      }
      e += 4 + length;
    }
    entries.push({ name, method: view.getUint16(at + 10, true), compressedSize, size, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts and ends (after its local header). */
export function entryData(file: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL)
    throw new ZipReadError(
      file,
      `${file} is not a zip file that can be read (${entry.name} is not where its directory says).`,
    );
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.byteLength)
    throw new ZipReadError(file, `${file} is not a zip file that can be read (${entry.name} is cut short).`);
  return bytes.subarray(start, stop);
}
