import { describe, expect, it } from 'vitest';
import { placementCategoryOfType, wideFormatColumns } from '../benchmark/placementCategories';
import { findSettingType, settingTypes } from './settingTypes';

describe('setting types', () => {
  it('agree with the benchmarking categories for every 2025 caseload column they share', () => {
    const columns = new Map(
      Object.entries(wideFormatColumns).flatMap(([category, cols]) => cols.map((c) => [c, category])),
    );
    for (const type of settingTypes) {
      if (columns.has(type.code))
        expect([type.code, type.category]).toEqual([type.code, columns.get(type.code)]);
    }
    expect(findSettingType('hospital_school')?.category).toBe(placementCategoryOfType('Hospital School'));
    expect(findSettingType('sixth_form_college')?.category).toBe(
      placementCategoryOfType('Sixth form college'),
    );
  });

  it('are found by code or label in any case', () => {
    expect(findSettingType('SPECIAL_INDEPENDENT')?.code).toBe('special_independent');
    expect(findSettingType('Non-maintained special school')?.code).toBe('special_non_maintained');
    expect(findSettingType('special school')).toBeUndefined();
  });

  it('flag the independent sector of KPI 38 and the mainstream places of the notional SEN budget', () => {
    expect(settingTypes.filter((s) => s.independentSector).map((s) => s.code)).toEqual([
      'mainstream_independent',
      'special_independent',
      'special_non_maintained',
      'specialist_post_16_institutions',
    ]);
    expect(settingTypes.filter((s) => s.mainstream).map((s) => s.category)).toEqual([
      'mainstream',
      'mainstream',
      'mainstream',
    ]);
  });
});
