import { describe, expect, it } from 'vitest';
import {
  councilCategoryMapProblems,
  councilCategoryOf,
  findCouncilCategory,
  kingstonCategoryMap,
} from './councilCategories';

describe("Kingston's categories (seed 003 KPIs 27-34)", () => {
  const place = (settingType: string, inBorough: boolean) => ({
    settingType,
    inBorough,
    councilCategory: null,
  });

  it('map every KPI category from setting type, borough and phase', () => {
    const of = (settingType: string, inBorough: boolean, phase: 'under16' | 'over16') =>
      councilCategoryOf(place(settingType, inBorough), phase, kingstonCategoryMap);
    expect(of('special_independent', false, 'under16')).toBe('independent-under-16');
    expect(of('special_la_maintained', true, 'under16')).toBe('special-in-borough');
    expect(of('special_academy_free', false, 'under16')).toBe('special-out-borough');
    expect(of('special_academy_free', false, 'over16')).toBe('special-out-borough');
    expect(of('special_non_maintained', true, 'over16')).toBe('independent-over-16');
    expect(of('general_fe_tertiary_colleges', true, 'over16')).toBe('fe-college-over-16');
    expect(of('specialist_post_16_institutions', false, 'over16')).toBe('isp-over-16');
    expect(of('special_la_maintained', true, 'over16')).toBe('special-in-borough-over-16');
    expect(of('ap_pru_la_maintained', true, 'under16')).toBe('alternative-provision');
    expect(of('mainstream_academy', true, 'under16')).toBeNull();
  });

  it('lets the file name the category, by id or label', () => {
    expect(
      councilCategoryOf(
        { ...place('mainstream_academy', true), councilCategory: 'alternative-provision' },
        'under16',
        kingstonCategoryMap,
      ),
    ).toBe('alternative-provision');
    expect(findCouncilCategory('ISP > 16', kingstonCategoryMap)).toBe('isp-over-16');
    expect(findCouncilCategory('nowhere', kingstonCategoryMap)).toBeUndefined();
  });

  it('is a valid map, and a broken one lists every problem', () => {
    expect(councilCategoryMapProblems(kingstonCategoryMap)).toEqual([]);
    expect(
      councilCategoryMapProblems({
        name: 'x',
        rules: [
          { id: 'a', label: 'A', settingTypes: ['castle'] },
          { id: 'a', label: ' ', settingTypes: [] },
        ],
      }),
    ).toEqual([
      "rules[0].settingTypes: 'castle' is not a setting type code",
      "rules[1].id: 'a' is used twice",
      'rules[1].label: is required',
      'rules[1].settingTypes: name at least one setting type',
    ]);
  });
});
