import { describe, expect, it } from 'vitest';
import { financialYearOfCensus, formatStatistic, keyLabel, orderedKeys } from './forecastLabels.ts';

describe('forecast labels', () => {
  it('orders National Curriculum Years by age, the reception years before year 0', () => {
    expect(orderedKeys('byNcy', ['0', '1', '10', '21', '-4', '-1', '2'])).toEqual([
      '-4',
      '-1',
      '0',
      '1',
      '2',
      '10',
      '21',
    ]);
    expect(orderedKeys('byAgeGroup', ['20to25', 'under5', '11to15'])).toEqual(['under5', '11to15', '20to25']);
    expect(keyLabel('byNcy', '-1')).toBe('NCY -1');
    expect(keyLabel('byPlacementCategory', 'resourcedProvision')).toBe('Resourced provision or SEN unit');
    expect(keyLabel('bySetting', 'MSS')).toBe('MSS');
    // Inputs made from SEN2 returns forecast by DfE placement category or by setting type.
    expect(keyLabel('bySetting', 'hospitalAp')).toBe('Hospital or alternative provision');
    expect(keyLabel('costPenceBySetting', 'independent')).toBe(
      keyLabel('byPlacementCategory', 'independent'),
    );
    expect(keyLabel('bySetting', 'mainstream_academy')).toBe('Mainstream school - academy');
  });

  it('counts plans whole and costs in pounds', () => {
    expect(formatStatistic('total', 'mean', 1551.96)).toBe('1,552');
    expect(formatStatistic('bySetting', 'p95', 88)).toBe('88');
    expect(formatStatistic('total', 'sd', 12.34)).toBe('12.3');
    expect(formatStatistic('costPence', 'mean', 123_456_789.4)).toBe('£1,234,568');
  });

  it('puts a January census in the financial year it falls in', () => {
    expect(financialYearOfCensus(2023)).toBe('2022-23');
  });
});
