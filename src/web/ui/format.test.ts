import { describe, expect, it } from 'vitest';
import {
  codesInWords,
  describeTolerance,
  effectLabel,
  formatCheckValue,
  formatMillions,
  formatMillionsShort,
  formatPercent,
  formatPounds,
  formatPoundsExact,
  formatPoundsChange,
  poundsForInput,
} from './format.ts';
import { ragName } from './RagBadge.tsx';

describe('formatPounds', () => {
  it('shows whole pounds with thousands separators (seed 003: in-year DSG deficit £3,485,000)', () => {
    expect(formatPounds(348_500_000)).toBe('£3,485,000');
    expect(formatPounds(1_088_600_000)).toBe('£10,886,000');
    expect(formatPounds(0)).toBe('£0');
  });

  it('puts the minus sign before the pound sign', () => {
    expect(formatPounds(-123_400)).toBe('-£1,234');
    expect(formatPounds(-43_546_500)).toBe('-£435,465');
  });

  it('rounds half away from zero and never shows a negative zero', () => {
    expect(formatPounds(150)).toBe('£2');
    expect(formatPounds(-150)).toBe('-£2');
    expect(formatPounds(149)).toBe('£1');
    expect(formatPounds(-49)).toBe('£0');
  });

  it('shows a dash for no amount', () => {
    expect(formatPounds(null)).toBe('—');
    expect(formatPounds(undefined)).toBe('—');
  });
});

describe('formatPoundsChange', () => {
  it('writes a change with its sign and the pound sign (seed 003 partner contributions: -£111,000)', () => {
    expect(formatPoundsChange(-11_100_000)).toBe('-£111,000');
    expect(formatPoundsChange(6_900_000)).toBe('+£69,000');
    expect(formatPoundsChange(0)).toBe('£0');
    expect(formatPoundsChange(undefined)).toBe('—');
  });
});

describe('formatPoundsExact', () => {
  it('keeps pence only when there are some', () => {
    expect(formatPoundsExact(123_405)).toBe('£1,234.05');
    expect(formatPoundsExact(123_400)).toBe('£1,234');
    expect(formatPoundsExact(-71)).toBe('-£0.71');
    expect(formatPoundsExact(72_400_000)).toBe('£724,000');
  });
});

describe('formatMillions', () => {
  it('reproduces the seed 003 financial model monitoring table (£m to 3 decimals)', () => {
    expect(formatMillions(2_589_700_000)).toBe('25.897');
    expect(formatMillions(66_280_000)).toBe('0.663');
    expect(formatMillions(2_655_968_100)).toBe('26.560');
    expect(formatMillions(-5_607_100)).toBe('-0.056');
    expect(formatMillions(-43_546_500)).toBe('-0.435');
    expect(formatMillions(20_068_100)).toBe('0.201');
  });

  it('shows a variance that rounds to nothing as 0.000, not -0.000', () => {
    expect(formatMillions(-11_900)).toBe('0.000');
    expect(formatMillions(0)).toBe('0.000');
  });

  it('groups thousands of millions', () => {
    expect(formatMillions(1_234_567_890_000)).toBe('12,345.679'); // £12,345,678,900
  });
});

describe('formatMillionsShort', () => {
  it('labels chart points in £m', () => {
    expect(formatMillionsShort(1_160_700_000)).toBe('£11.6m');
    expect(formatMillionsShort(1_088_600_000)).toBe('£10.9m');
    expect(formatMillionsShort(-22_730_000)).toBe('-£0.2m');
    expect(formatMillionsShort(-2_000_000)).toBe('£0.0m');
    expect(formatMillionsShort(500_000_000, 0)).toBe('£5m');
  });
});

describe('formatPercent', () => {
  it('shows two decimals and a dash for none', () => {
    expect(formatPercent(-22.33)).toBe('-22.33%');
    expect(formatPercent(119.2)).toBe('119.20%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('poundsForInput', () => {
  it('starts an edit from the exact amount without the pound sign', () => {
    expect(poundsForInput(12_000_000)).toBe('120,000');
    expect(poundsForInput(5_607_150)).toBe('56,071.50');
    expect(poundsForInput(-123_400)).toBe('-1,234');
    expect(poundsForInput(undefined)).toBe('');
  });
});

describe('formatCheckValue', () => {
  it('shows each check side in its unit', () => {
    expect(formatCheckValue(2_512_500_000, 'pence')).toBe('£25,125,000');
    expect(formatCheckValue(451, 'words')).toBe('451 words');
    expect(formatCheckValue(1, 'words')).toBe('1 word');
    expect(formatCheckValue(1251, 'count')).toBe('1,251');
  });
});

describe('describeTolerance', () => {
  it('says Kingston’s default in words', () => {
    expect(describeTolerance({ amber: { absolute: 5_000_000 }, red: { absolute: 100_000_000 } })).toBe(
      'Amber when an adverse variance exceeds £50,000; red above £1,000,000. Favourable variances are always green.',
    );
  });

  it('joins an absolute and a percentage band with "or"', () => {
    expect(describeTolerance({ amber: { absolute: 5_000_000, percent: 5 }, red: { percent: 10 } })).toBe(
      'Amber when an adverse variance exceeds £50,000 or 5% of the baseline; red above 10% of the baseline. Favourable variances are always green.',
    );
  });

  it('copes with a missing band', () => {
    expect(describeTolerance({ amber: {}, red: {} })).toBe('Every variance is green: no tolerance is set.');
    expect(describeTolerance({ amber: {}, red: { absolute: 100 } })).toBe(
      'Red when an adverse variance exceeds £1. Favourable variances are always green.',
    );
  });
});

describe('labels', () => {
  it('names RAG letters and effects', () => {
    expect(ragName('A')).toBe('Amber');
    expect(effectLabel('none')).toBe('No change');
    expect(effectLabel('adverse')).toBe('Adverse');
  });
});

describe('codesInWords', () => {
  it('writes the period and dates of a message as officers write them', () => {
    expect(
      codesInWords(
        'KPI 27 2021-05 value is £33,657 but the register as at 2021-03-31 gives £38,140 for 2021-22',
        '2021-05',
      ),
    ).toBe('KPI 27 May 2021 value is £33,657 but the register as at 31 March 2021 gives £38,140 for 2021-22');
    expect(codesInWords('Return 2021-22-Q1 is locked', '2021-22-Q1')).toBe('Return Q1 2021-22 is locked');
  });
});
