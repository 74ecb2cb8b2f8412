import { describe, expect, it } from 'vitest';
import { textWidth, widestText, wrapText } from './text';

describe('textWidth', () => {
  it('is wider for capitals and wide letters than for narrow ones, and scales with size and weight', () => {
    expect(textWidth('AAA')).toBeGreaterThan(textWidth('aaa'));
    expect(textWidth('www')).toBeGreaterThan(textWidth('iii'));
    expect(textWidth('2021-22', 24)).toBeCloseTo(2 * textWidth('2021-22', 12), 9);
    expect(textWidth('Total', 12, true)).toBeGreaterThan(textWidth('Total'));
  });

  it('is not narrower than DejaVu Sans or Liberation Sans draw the text at 12px', () => {
    // Widths measured in Chromium on Debian (canvas measureText, 12px): [DejaVu Sans, Liberation Sans].
    const measured: Record<string, [number, number]> = {
      'Kingston upon Thames': [137.7, 123.4],
      '2021-22': [50.1, 44.0],
      '£28,607,000': [76.3, 66.7],
      'Independent and non-maintained special schools': [295.4, 260.9],
      'EHCPs AGAINST TARGET': [146.0, 146.5],
      'illiterate fill': [67.8, 56.0],
      'MWmw%': [55.1, 50.7],
    };
    for (const [text, widths] of Object.entries(measured))
      expect(textWidth(text), text).toBeGreaterThanOrEqual(Math.max(...widths));
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('Independent and non-maintained special schools', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Independent and non-maintained special schools');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
  });

  it('keeps a word longer than the line whole, and an empty text as one empty line', () => {
    expect(wrapText('Supercalifragilistic', 20)).toEqual(['Supercalifragilistic']);
    expect(wrapText('', 100)).toEqual(['']);
    expect(widestText(wrapText('Supercalifragilistic', 20))).toBeGreaterThan(20);
  });
});
