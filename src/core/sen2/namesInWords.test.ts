import { describe, expect, it } from 'vitest';
import { namesInWords } from './namesInWords';

describe('namesInWords', () => {
  it('lists names in quotes, the last two joined by “and”', () => {
    expect(namesInWords([])).toBe('');
    expect(namesInWords(['A'])).toBe('“A”');
    expect(namesInWords(['A', 'B'])).toBe('“A” and “B”');
    expect(namesInWords(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });
});
