import { describe, expect, it } from 'vitest';
import { categoryAxis, rowLabels, valueAxis } from './axes';
import { textWidth } from './text';
import { count, millionsOfPounds } from './units';

describe('valueAxis', () => {
  it('gives round ticks from zero, as many as the height holds (a tick every 40px or more)', () => {
    const axis = valueAxis([10.886, 13.125], 260, millionsOfPounds);
    expect(axis.domain).toEqual([0, 14]);
    expect(axis.labels).toEqual(['£0m', '£2m', '£4m', '£6m', '£8m', '£10m', '£12m', '£14m']);
    const short = valueAxis([10.886, 13.125], 100, millionsOfPounds);
    expect(short.labels).toEqual(['£0m', '£10m', '£20m']);
  });

  it('covers the data without zero when asked, and goes below zero for a surplus', () => {
    expect(valueAxis([1200, 1700], 260, count('EHCPs'), { zero: false }).ticks[0]).toBe(1200);
    expect(valueAxis([-2.3, 7.8], 200, count('x')).domain[0]).toBeLessThan(0);
  });

  it('spaces horizontal tick labels at least their width apart, labelling every other tick when even two steps are too many', () => {
    for (const width of [120, 200, 400, 800]) {
      const axis = valueAxis(
        [0, 5_910_000],
        width,
        { ...count('£'), tick: (v) => `£${v.toLocaleString('en-GB')}` },
        { horizontal: true },
      );
      const spacing = (width * (axis.ticks[1]! - axis.ticks[0]!)) / (axis.domain[1] - axis.domain[0]);
      expect(spacing).toBeGreaterThanOrEqual(axis.labelWidth);
    }
  });

  it('gives an axis when there is nothing, or only zero, to show', () => {
    expect(valueAxis([], 200, count('x')).domain).toEqual([0, 1]);
    expect(valueAxis([0, 0], 200, count('x')).domain).toEqual([0, 1]);
  });
});

describe('categoryAxis', () => {
  const years = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25'];

  it('labels every category flat when they fit', () => {
    const axis = categoryAxis(years, 90);
    expect(axis.ticks).toEqual(years);
    expect(axis.rotate).toBe(0);
  });

  it('wraps long names to the band', () => {
    const axis = categoryAxis(['High needs funding', 'Savings'], 96);
    expect(axis.format('High needs funding')).toBe('High needs\nfunding');
    expect(axis.ticks).toHaveLength(2);
  });

  it('thins years that do not fit, always keeping the last', () => {
    const axis = categoryAxis(years, 30);
    expect(axis.ticks.length).toBeLessThan(years.length);
    expect(axis.ticks.at(-1)).toBe('2024-25');
    const spacing = (30 * years.length) / axis.ticks.length;
    expect(spacing).toBeGreaterThanOrEqual(textWidth('2019-20'));
  });

  it('turns every name 45 degrees when every one must show', () => {
    const axis = categoryAxis(['Unmitigated cost', 'Savings', 'Mitigated cost'], 40, 'turn');
    expect(axis.ticks).toHaveLength(3);
    expect(axis.rotate).toBe(-45);
    expect(axis.height).toBeGreaterThan(textWidth('Unmitigated cost') * 0.7);
  });
});

describe('rowLabels', () => {
  it('wraps names to the width and reports the lines the rows must hold', () => {
    const labels = rowLabels(['Independent and non-maintained special schools', 'Post-16'], 150);
    expect(labels.lines).toBe(3);
    expect(labels.width).toBeLessThanOrEqual(150);
    expect(labels.format('Post-16')).toBe('Post-16');
  });
});
