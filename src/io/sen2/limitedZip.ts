import { unzipSync } from 'fflate';

// Uploaded zips are read through this one function, with caps on what a zip may hold, so a small upload
// cannot inflate into gigabytes (a "zip bomb"). The caps are checked on the sizes the zip declares before
// anything is inflated, and again on what was inflated. The input guard work may fold this into a shared
// reader; until then every SEN2 zip goes through here.

/** What a zip may hold. */
export interface ZipLimits {
  /** Entries (files and folders) in the zip. */
  readonly maxEntries: number;
  /** Total inflated bytes of the entries read. */
  readonly maxTotalBytes: number;
  /** Inflated over compressed size of any entry read. */
  readonly maxRatio: number;
}

/** A Blade export of a large county (30,000 children) is about 40 MB of CSV; leave room for four times that. */
export const bladeZipLimits: ZipLimits = { maxEntries: 200, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200 };

/** The zip's entries whose names pass `wanted`, or why the zip is refused. */
export function unzipWithLimits(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): { ok: true; entries: Map<string, Uint8Array> } | { ok: false; message: string } {
  let entries = 0;
  let declared = 0;
  let refused: string | undefined;
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        if (refused) return false;
        if (entries > limits.maxEntries) refused = `it holds more than ${String(limits.maxEntries)} files`;
        if (!wanted(file.name) || refused) return false;
        declared += file.originalSize;
        if (declared > limits.maxTotalBytes)
          refused = `its files would inflate to more than ${String(Math.round(limits.maxTotalBytes / 1048576))} MB`;
        else if (file.size > 0 && file.originalSize / file.size > limits.maxRatio)
          refused = `${file.name} would inflate ${String(Math.round(file.originalSize / file.size))} times its size (the limit is ${String(limits.maxRatio)})`;
        return refused === undefined;
      },
    });
  } catch (error) {
    return {
      ok: false,
      message: `The upload is not a zip file that can be read (${(error as Error).message}).`,
    };
  }
  if (refused) return { ok: false, message: `The zip is refused: ${refused}.` };
  const total = Object.values(inflated).reduce((sum, data) => sum + data.length, 0);
  if (total > limits.maxTotalBytes)
    return { ok: false, message: 'The zip is refused: its files inflate too far.' };
  return { ok: true, entries: new Map(Object.entries(inflated)) };
}
