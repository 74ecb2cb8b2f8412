import { describe, expect, it } from 'vitest';
import { bandColours, categoryColours, lineStyles } from './palette';

/** CIE L* (0 black to 100 white) of a #rrggbb colour: its lightness when printed in greyscale. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 116 * (y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116) - 16;
}

describe('the chart palette', () => {
  it('keeps the first four category colours at least 15 L* apart, so they differ in greyscale print', () => {
    const first = categoryColours.slice(0, 4).map(lightness);
    for (const [i, a] of first.entries())
      for (const b of first.slice(i + 1)) expect(Math.abs(a - b)).toBeGreaterThanOrEqual(15);
  });

  it('puts neighbouring category colours at least 8 L* apart (a stack never joins two into one grey)', () => {
    const all = categoryColours.map(lightness);
    for (let i = 1; i < all.length; i += 1) expect(Math.abs(all[i]! - all[i - 1]!)).toBeGreaterThanOrEqual(8);
  });

  it('tells every line series apart by dash and marker as well as colour', () => {
    expect(new Set(lineStyles.map((s) => s.dash ?? 'solid')).size).toBe(lineStyles.length);
    expect(new Set(lineStyles.map((s) => s.symbol)).size).toBe(lineStyles.length);
  });

  it('darkens fan bands towards the middle', () => {
    const l = bandColours.map(lightness);
    expect(l[0]).toBeGreaterThan(l[1]!);
    expect(l[1]).toBeGreaterThan(l[2]!);
  });
});
