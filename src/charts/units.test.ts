import { describe, expect, it } from 'vitest';
import {
  axisTitle,
  count,
  formattedBy,
  measureUnit,
  millionsOfPounds,
  percent,
  pounds,
  poundsPerHead,
  stepDecimals,
} from './units';

describe('chart units', () => {
  it('draws pence as millions and writes them as core/money does (seed 003: £28,607,000 is £28.6m)', () => {
    expect(millionsOfPounds.toPlot(2_860_700_000)).toBeCloseTo(28.607, 9);
    expect(millionsOfPounds.format(2_860_700_000)).toBe('£28.6m');
    expect(millionsOfPounds.format(-22_730_000)).toBe('-£0.2m');
    expect(millionsOfPounds.tick(5, 5)).toBe('£5m');
    expect(millionsOfPounds.tick(2.5, 2.5)).toBe('£2.5m');
    expect(millionsOfPounds.tick(-5, 5)).toBe('-£5m');
  });

  it('writes pounds, counts, rates and percentages', () => {
    expect(pounds.format(19_600_000)).toBe('£196,000');
    expect(pounds.tick(200_000, 50_000)).toBe('£200,000');
    expect(poundsPerHead.format(412.4)).toBe('£412');
    expect(count('EHCPs').format(1447)).toBe('1,447');
    expect(count('EHCPs').tick(1500, 100)).toBe('1,500');
    expect(count('EHCPs per 1,000', 1).format(27.04)).toBe('27.0');
    expect(percent().format(10.84)).toBe('10.8%');
    expect(percent().tick(2.5, 2.5)).toBe('2.5%');
  });

  it('gives a tick only the decimals its step needs', () => {
    expect(stepDecimals(5)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(0.1 + 0.2)).toBe(1);
  });

  it('names the unit in the axis title', () => {
    expect(axisTitle('Cumulative deficit', millionsOfPounds)).toBe('Cumulative deficit (£m)');
    expect(axisTitle('EHCPs', count('EHCPs'))).toBe('EHCPs');
    expect(axisTitle('EHCPs per 1,000 of the 2-18 population', count('per 1,000'))).toBe(
      'EHCPs per 1,000 of the 2-18 population',
    );
  });

  it('writes benchmarking measures as the DfE tables do, and a page’s own formatter where it has one', () => {
    expect(measureUnit('percent').format(10.84)).toBe('10.8%');
    expect(measureUnit('perThousand').format(27.04)).toBe('27.0');
    expect(measureUnit('poundsPerHead').format(412.4)).toBe('£412');
    expect(measureUnit('count').format(1552)).toBe('1,552');
    const own = formattedBy((v) => `${v} plans`);
    expect(own.tick(5, 1)).toBe('5 plans');
    expect(axisTitle('Plans', own)).toBe('Plans');
  });
});
