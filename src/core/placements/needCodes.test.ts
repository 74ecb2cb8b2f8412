import { describe, expect, it } from 'vitest';
import { needCodeProblem, needCodesForReturn } from './needCodes';

describe('need codes (versioned)', () => {
  it('has 12 codes before 2025 and 13 from the 2025 return, which added DS', () => {
    expect(needCodesForReturn(2024).map((n) => n.code)).not.toContain('DS');
    expect(needCodesForReturn(2024)).toHaveLength(12);
    expect(needCodesForReturn(2025).map((n) => n.code)).toContain('DS');
  });

  it('explains why a code cannot be used', () => {
    expect(needCodeProblem('asd', 2021)).toBeNull();
    expect(needCodeProblem('DS', 2021)).toBe(
      'is an SEN2 need code only from the 2025 return; this register is dated 2021',
    );
    expect(needCodeProblem('DS', 2025)).toBeNull();
    expect(needCodeProblem('XYZ', 2021)).toMatch(/^is not an SEN2 need code \(SPLD, MLD/);
  });
});
