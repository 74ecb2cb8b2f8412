// Zip bombs for tests (unit tests and the security suite): a few hundred kB or a few kB of zip that claim
// or inflate to hundreds of megabytes. Built by hand, without ever holding the inflated bytes.
import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

/**
 * A deflate stream of `megabytes` MB of zeros: 1 MB deflated and fully flushed (byte-aligned, history
 * reset, so copies of it follow one another validly), repeated, then an empty last block.
 */
export function zerosDeflated(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(MiB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // A fixed-Huffman final block with no data: bits 1 (final), 01 (fixed), then end-of-block (0000000).
  const last = Uint8Array.of(0x03, 0x00);
  const out = new Uint8Array(block.length * megabytes + last.length);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set(last, block.length * megabytes);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** One file of a hand-built zip: its compressed data and what the directory says of it. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 8 deflated (default), 0 stored. */
  method?: number;
  /** The size the directory declares (a bomb may lie). */
  size: number;
}

/**
 * Writes a zip. With `overlap`, every directory entry after the first points at the first entry's data
 * (David Fifield's overlapping-files bomb): a few kB that unpack to `entries x size`.
 */
export function buildZip(
  entries: RawEntry[],
  options: { overlap?: boolean; zip64?: boolean } = {},
): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let firstOffset = 0;
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.name);
    const method = entry.method ?? 8;
    // zip64: the central entry's sizes and offset are all ones, the real values in extra field 0x0001.
    const extra = options.zip64 ? 28 : 0;
    const header = (signature: number, central: boolean, at: number) => {
      const out = new Uint8Array((central ? 46 + extra : 30) + name.length);
      const v = new DataView(out.buffer);
      v.setUint32(0, signature, true);
      const p = central ? 2 : 0;
      v.setUint16(4 + p, 20, true); // version needed
      v.setUint16(6 + p, 0x800, true); // utf-8 names
      v.setUint16(8 + p, method, true);
      v.setUint32(18 + p, entry.data.length, true);
      v.setUint32(22 + p, entry.size, true);
      v.setUint16(26 + p, name.length, true);
      if (central) v.setUint32(42, at, true);
      out.set(name, central ? 46 : 30);
      if (central && options.zip64) {
        v.setUint32(20, 0xffffffff, true);
        v.setUint32(24, 0xffffffff, true);
        v.setUint32(42, 0xffffffff, true);
        v.setUint16(30, extra, true);
        const e = 46 + name.length;
        v.setUint16(e, 0x0001, true);
        v.setUint16(e + 2, 24, true);
        v.setBigUint64(e + 4, BigInt(entry.size), true);
        v.setBigUint64(e + 12, BigInt(entry.data.length), true);
        v.setBigUint64(e + 20, BigInt(at), true);
      }
      return out;
    };
    if (!options.overlap || i === 0) {
      const local = header(0x04034b50, false, 0);
      locals.push(local, entry.data);
      firstOffset = i === 0 ? 0 : firstOffset;
      centrals.push(header(0x02014b50, true, offset));
      offset += local.length + entry.data.length;
    } else {
      centrals.push(header(0x02014b50, true, firstOffset));
    }
  });
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, directory.length, true);
  v.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

/** A zip of one file that inflates to `megabytes` MB of zeros and says so honestly. */
export function zerosBomb(megabytes: number, name = 'transitions.csv'): Uint8Array {
  return buildZip([{ name, data: zerosDeflated(megabytes), size: megabytes * MiB }]);
}

/** The same, with the directory claiming the file is 1 kB. */
export function lyingBomb(megabytes: number, name = 'transitions.csv'): Uint8Array {
  return buildZip([{ name, data: zerosDeflated(megabytes), size: 1024 }]);
}

/** A few kB: `count` directory entries sharing one 1 MB deflate stream (count MB in all). */
export function overlappingBomb(count: number): Uint8Array {
  const data = zerosDeflated(1);
  return buildZip(
    Array.from({ length: count }, (_, i) => ({ name: `sheet${String(i)}.xml`, data, size: MiB })),
    { overlap: true },
  );
}

/** `count` empty stored files. */
export function manyFiles(count: number): Uint8Array {
  return buildZip(
    Array.from({ length: count }, (_, i) => ({
      name: `f${String(i)}.txt`,
      data: new Uint8Array(0),
      method: 0,
      size: 0,
    })),
  );
}
