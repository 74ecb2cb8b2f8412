import { describe, expect, it } from 'vitest';
import { byCategoryName, categoryNames } from './categoryNames';

describe('categoryNames', () => {
  it("names the DfE's seven categories as the summary contract keys them (issue 5)", () => {
    expect(Object.values(categoryNames)).toEqual([
      'mainstream',
      'resourced provision or SEN unit',
      'maintained special or special academy',
      'non-maintained or independent special',
      'hospital or alternative provision',
      'post-16 and further education',
      'other',
    ]);
  });
  it('re-keys a record by category name in the same order', () => {
    const byId = {
      mainstream: 1,
      resourcedProvision: 2,
      specialMaintained: 3,
      independent: 4,
      hospitalAp: 5,
      post16: 6,
      other: 7,
    };
    expect(Object.entries(byCategoryName(byId))).toEqual(
      Object.values(categoryNames).map((name, i) => [name, i + 1]),
    );
  });
});
