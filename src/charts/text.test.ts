import { describe, expect, it } from 'vitest';
import { textWidth, widestText, wrapText } from './text';

describe('textWidth', () => {
  it('is wider for capitals and wide letters than for narrow ones, and scales with size and weight', () => {
    expect(textWidth('AAA')).toBeGreaterThan(textWidth('aaa'));
    expect(textWidth('www')).toBeGreaterThan(textWidth('iii'));
    expect(textWidth('2021-22', 24)).toBeCloseTo(2 * textWidth('2021-22', 12), 9);
    expect(textWidth('Total', 12, true)).toBeGreaterThan(textWidth('Total'));
  });

  it('is not narrower than Arial draws digits (0.556 em) at 12px', () => {
    expect(textWidth('£28,607,000')).toBeGreaterThanOrEqual(0.556 * 12 * 9);
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
