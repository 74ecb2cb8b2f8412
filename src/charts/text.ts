// How wide a label will be, before it is drawn: the layout (margins, tick thinning, wrapping) is decided
// from these estimates, so that it is the same in the browser and in jsdom, which measures nothing.

/** The font size of tick labels, values and legend entries, in pixels. */
export const fontSize = 12;
/** The font size of the chart's title, in pixels. */
export const titleSize = 14;
/** The height of one line of 12px text, in pixels. */
export const lineHeight = 15;

// Advance widths in ems, on the generous side of DejaVu Sans (what system-ui is on Debian, and the widest
// of the usual sans-serifs) and Liberation Sans (the report's font), so an estimate is never narrower than
// the text drawn.
const narrow = new Set([..."iIjl.,:;|!'’()[]ft "]);
const wide = new Set([...'mwMW%@']);

/** The estimated width of `text` in pixels at `size` (bold text is about 10% wider). */
export function textWidth(text: string, size = fontSize, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (narrow.has(char)) ems += 0.34;
    else if (wide.has(char)) ems += 0.95;
    else if (char >= '0' && char <= '9') ems += 0.64;
    else if (char >= 'A' && char <= 'Z') ems += 0.74;
    else ems += 0.62;
  }
  return ems * size * (bold ? 1.1 : 1);
}

/** The widest of `texts` in pixels (0 for none). */
export function widestText(texts: readonly string[], size = fontSize, bold = false): number {
  return Math.max(0, ...texts.map((t) => textWidth(t, size, bold)));
}

/**
 * Breaks `text` into lines no wider than `width` pixels, at spaces. A word wider than the line stays
 * whole on a line of its own (the caller checks `widestText` of the result to see whether it fits).
 */
export function wrapText(text: string, width: number, size = fontSize, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(joined, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
