import { Inflate } from 'fflate';
import { entryData, readZipDirectory, type ZipEntry } from './zipDirectory';
import { defaultZipLimits, formatBytes, ZipLimitError, ZipReadError, type ZipLimits } from './zipLimits';

// Inflates a zip's files under the limits (zipLimits.ts). Compressed data is fed to the inflater in small
// slices and the inflated bytes are counted as they come, so a bomb is stopped after a few megabytes
// whatever its headers claim, and memory stays flat while it is checked.

const SLICE = 4 * 1024;

export interface UnzipOptions {
  /** The file's name in messages ("inputs.zip"). */
  file: string;
  /** Which entries to inflate and keep (by their full path in the zip); the rest are never inflated. */
  wanted?: (name: string) => boolean;
  limits?: ZipLimits;
}

class Budget {
  total = 0;
  constructor(
    private readonly file: string,
    private readonly archiveBytes: number,
    private readonly limits: ZipLimits,
  ) {}

  spend(bytes: number): void {
    this.total += bytes;
    const { maxTotalBytes, maxRatio, ratioAppliesAbove } = this.limits;
    if (this.total > maxTotalBytes)
      throw new ZipLimitError(
        this.file,
        'size',
        `${this.file} unpacks to more than ${formatBytes(maxTotalBytes)}, the most highneeds unpacks from one file.`,
      );
    if (this.total > ratioAppliesAbove && this.total > this.archiveBytes * maxRatio)
      throw new ZipLimitError(
        this.file,
        'ratio',
        `${this.file} unpacks to more than ${String(maxRatio)} times its own size (${formatBytes(this.archiveBytes)} to over ${formatBytes(this.total)}), which real files never do: it looks like a zip bomb.`,
      );
  }
}

function inflateEntry(file: string, bytes: Uint8Array, entry: ZipEntry, budget: Budget, keep: boolean) {
  const data = entryData(file, bytes, entry);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > entry.size)
      throw new ZipReadError(
        file,
        `${file} is not a zip file that can be read (${entry.name} is larger than its directory says).`,
      );
    budget.spend(chunk.length);
    if (keep) chunks.push(chunk);
  };
  if (entry.method === 0) {
    take(data);
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < data.length; at += SLICE) {
        inflater.push(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipLimitError || error instanceof ZipReadError) throw error;
      throw new ZipReadError(
        file,
        `${file} is not a zip file that can be read (${entry.name}: ${(error as Error).message}).`,
      );
    }
  } else {
    throw new ZipReadError(
      file,
      `${file} holds ${entry.name} compressed in a way highneeds cannot read (method ${String(entry.method)}).`,
    );
  }
  if (size !== entry.size)
    throw new ZipReadError(
      file,
      `${file} is not a zip file that can be read (${entry.name} is smaller than its directory says).`,
    );
  if (!keep) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

function checkDeclared(file: string, entries: ZipEntry[], limits: ZipLimits): void {
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxTotalBytes)
    throw new ZipLimitError(
      file,
      'size',
      `${file} says it unpacks to ${formatBytes(declared)}; highneeds unpacks at most ${formatBytes(limits.maxTotalBytes)} from one file.`,
    );
}

/** The names of the files in a zip, without inflating any (the number of files is checked). */
export function zipNames(bytes: Uint8Array, options: Omit<UnzipOptions, 'wanted'>): string[] {
  return readZipDirectory(options.file, bytes, options.limits ?? defaultZipLimits).map((e) => e.name);
}

/** Inflates the wanted files (all when `wanted` is absent) under the limits: name -> bytes. */
export function unzipWithLimits(bytes: Uint8Array, options: UnzipOptions): Map<string, Uint8Array> {
  const limits = options.limits ?? defaultZipLimits;
  const entries = readZipDirectory(options.file, bytes, limits).filter(
    (e) => !e.name.endsWith('/') && (options.wanted?.(e.name) ?? true),
  );
  checkDeclared(options.file, entries, limits);
  const budget = new Budget(options.file, bytes.byteLength, limits);
  return new Map(entries.map((e) => [e.name, inflateEntry(options.file, bytes, e, budget, true)]));
}

/**
 * Inflates every file and throws away the bytes: the check before a zip goes to a library that would
 * inflate it whole (exceljs reading an .xlsx). Throws ZipLimitError or ZipReadError.
 */
export function checkZipLimits(bytes: Uint8Array, options: Omit<UnzipOptions, 'wanted'>): void {
  const limits = options.limits ?? defaultZipLimits;
  const entries = readZipDirectory(options.file, bytes, limits).filter((e) => !e.name.endsWith('/'));
  checkDeclared(options.file, entries, limits);
  const budget = new Budget(options.file, bytes.byteLength, limits);
  for (const entry of entries) inflateEntry(options.file, bytes, entry, budget, false);
}
