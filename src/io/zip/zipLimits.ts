// The limits every zip the product opens is held to: forecast-input zips, DfE release zips, .ods files and
// every .xlsx (an xlsx is a zip, and exceljs would inflate all of it into memory). A zip bomb is a few kB
// that inflates to gigabytes; these limits stop one while it inflates, long before memory runs out.

const MiB = 1024 * 1024;

/** How much a zip may hold. docs/api.md ("Limits") lists them. */
export interface ZipLimits {
  /** Files in the archive (counted from its directory before anything is inflated). */
  readonly maxEntries: number;
  /** Bytes of all the files inflated, together. */
  readonly maxTotalBytes: number;
  /** Inflated bytes per byte of the archive, checked once `ratioAppliesAbove` bytes have been inflated. */
  readonly maxRatio: number;
  readonly ratioAppliesAbove: number;
}

/**
 * The defaults: the largest real file the product reads (the 2025 EHCP release) has 15 files inflating
 * to 37 MB at 9 to 1; an xlsx inflates about 8 to 1. A bomb inflates at 1,000 to 1.
 */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 1_000,
  maxTotalBytes: 256 * MiB,
  maxRatio: 100,
  ratioAppliesAbove: 16 * MiB,
};

/** "256 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${String(Math.round((bytes / MiB) * 10) / 10)} MB`;
  if (bytes >= 1024) return `${String(Math.round(bytes / 1024))} kB`;
  return `${String(bytes)} bytes`;
}

/** Which limit a zip broke. */
export type ZipLimitKind = 'entries' | 'size' | 'ratio';

/** A zip that breaks a limit (the API answers 413). The message names the file and the limit. */
export class ZipLimitError extends Error {
  constructor(
    readonly file: string,
    readonly limit: ZipLimitKind,
    message: string,
  ) {
    super(message);
  }
}

/** A file that is not a zip that can be read (the API answers 400). */
export class ZipReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
