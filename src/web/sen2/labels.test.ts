import { describe, expect, it } from 'vitest';
import { byNcyInOrder, categoryName, ceaseReasonName, ncyName, needName, settingName } from './labels.ts';

describe('SEN2 labels', () => {
  it('puts NCYs in school order: below nursery, nursery, reception, then years as numbers', () => {
    // Keys as JSON delivers the census's byNcy (integer-like keys first, in number order).
    const byNcy = { '1': 111, '10': 120, '2': 132, '-3': 7, N1: 21, N2: 59, R: 89 };
    expect(byNcyInOrder(byNcy).map(([k]) => k)).toEqual(['-3', 'N1', 'N2', 'R', '1', '2', '10']);
    expect(['-3', 'N1', 'N2', 'R', '7'].map(ncyName)).toEqual([
      'Below nursery (-3)',
      'Nursery 1',
      'Nursery 2',
      'Reception',
      'Year 7',
    ]);
  });

  it('names needs, settings, categories and cease reasons in the DfE words, never a bare code', () => {
    expect(needName('ASD')).toBe('Autistic spectrum disorder (ASD)');
    expect(needName('none')).toBe('No primary need recorded');
    expect(settingName('mainstream_academy')).toBe('Mainstream school - academy');
    expect(settingName('none')).toBe('No setting recorded');
    expect(categoryName('resourcedProvision')).toBe('Resourced provision or SEN unit');
    expect(ceaseReasonName('2')).toBe('Needs met without an EHC plan');
    expect(ceaseReasonName('none')).toBe('No reason recorded');
  });
});
