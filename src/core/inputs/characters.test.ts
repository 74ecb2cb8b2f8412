import { describe, expect, it } from 'vitest';
import { controlCharacterProblem, findControlCharacter } from './characters';

describe('findControlCharacter', () => {
  it('finds a NUL and names it with its position', () => {
    const found = findControlCharacter('Draft\u0000 2021');
    expect(found).toEqual({ index: 5, codePoint: 0, name: 'NUL (U+0000)' });
    expect(controlCharacterProblem(found!)).toBe(
      'holds a NUL (U+0000) at character 6, which is not allowed: remove it',
    );
  });

  it('refuses line breaks and tabs in one-line text but lets a narrative have them', () => {
    expect(findControlCharacter('two\nlines')?.name).toBe('line break (U+000A)');
    expect(findControlCharacter('a\tb')?.name).toBe('tab (U+0009)');
    expect(findControlCharacter('two\r\nlines\tand a tab', { multiline: true })).toBeUndefined();
    expect(findControlCharacter('bell\u0007', { multiline: true })?.name).toBe('bell (U+0007)');
  });

  it('refuses DEL, C1 controls and lone surrogate halves but not real characters', () => {
    expect(findControlCharacter('x\u007f')?.name).toBe('delete (U+007F)');
    expect(findControlCharacter('x\u0085')?.name).toBe('control character (U+0085)');
    expect(findControlCharacter('x\ud800y')?.name).toBe('broken character (U+D800)');
    expect(findControlCharacter('x\udc00')?.name).toBe('broken character (U+DC00)');
    expect(findControlCharacter('Ealing – £1,234 café 😀 Ynys Môn')).toBeUndefined();
  });
});
