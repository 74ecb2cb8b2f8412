import { describe, expect, it } from 'vitest';
import { readSettingCategories } from './readSettingCategories';

describe('readSettingCategories', () => {
  it('reads categories by code or by the DfE heading, in any case', () => {
    expect(
      readSettingCategories(
        'setting,category\nMS,mainstream\nSP,Maintained special schools or special academies\nIS,INDEPENDENT\n',
      ),
    ).toEqual({ ok: true, data: { MS: 'mainstream', SP: 'specialMaintained', IS: 'independent' } });
  });
  it('reports unknown categories, blank settings and settings given twice', () => {
    const result = readSettingCategories(
      'setting,category\nMS,mainstream\nMS,other\n,post16\nSP,special school\n',
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'setting', 'setting MS already has a category in row 2'],
      [4, 'setting', 'is blank: expected a code'],
      [
        5,
        'category',
        "'special school' is not a placement category (one of mainstream, resourcedProvision, specialMaintained, independent, hospitalAp, post16, other)",
      ],
    ]);
  });
});
