// The text of an uploaded or imported CSV file, whatever Excel or a person saved it as: UTF-8 (with or
// without a byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode Text"), or Windows-1252
// (Excel's plain "CSV", where '£' is one byte, 0xA3). UTF-16 without a mark is detected by its zero bytes
// and refused in plain words rather than read as text full of NULs.

/** The file's text, or what is wrong with it (a fragment: "is UTF-16 text without ..."). */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

function zeroBytesAt(bytes: Uint8Array, parity: 0 | 1): number {
  let zeros = 0;
  const end = Math.min(bytes.length, 2000);
  for (let i = parity; i < end; i += 2) if (bytes[i] === 0) zeros += 1;
  return zeros / Math.max(1, Math.floor(end / 2));
}

/** Decodes a text file's bytes (see above). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8OrWindows(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes.length >= 4 && (zeroBytesAt(bytes, 1) > 0.3 || zeroBytesAt(bytes, 0) > 0.3))
    return {
      ok: false,
      problem:
        'is UTF-16 text without a byte-order mark, which cannot be read reliably: save it from Excel as "CSV UTF-8 (Comma delimited)"',
    };
  return decodeUtf8OrWindows(bytes);
}

function decodeUtf8OrWindows(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
