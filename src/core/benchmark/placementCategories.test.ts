import { describe, expect, it } from 'vitest';
import { placementCategories, placementCategoryOfType, wideFormatColumns } from './placementCategories';

describe('placement categories', () => {
  it('maps 2022-release types whatever their capitalisation, and not subtotals', () => {
    expect(placementCategoryOfType('Mainstream - Academy - Resourced Provision')).toBe('resourcedProvision');
    expect(placementCategoryOfType('mainstream - academy - resourced provision')).toBe('resourcedProvision');
    expect(placementCategoryOfType('Specialist post-16 institutions')).toBe('post16');
    expect(placementCategoryOfType('Mainstream - Independent')).toBe('independent');
    expect(placementCategoryOfType('Hospital School')).toBe('hospitalAp');
    expect(placementCategoryOfType('Total')).toBeUndefined();
  });

  it('uses each 2025 leaf column once and no subtotal column', () => {
    const columns = placementCategories.flatMap((c) => wideFormatColumns[c]);
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns.filter((c) => /_total|_pc$|^ed_elsewhere$/.test(c))).toEqual([]);
  });
});
