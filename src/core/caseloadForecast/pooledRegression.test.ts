import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { panelArrays } from './panelArrays';
import { pooledRegression, regressionCoefficients, regressionSignals } from './pooledRegression';

// Three councils and England, worked by hand. England grows 10% a year. Each council's log growth is
// England's plus its own difference d: A 0.2, 0.1, 0.05; B -0.1, -0.04, -0.02; C 0.3, 0.1, 0.05 (2011-13).
// With the last growth as the only signal and h = 1, the regression at origin 2013 fits next year's
// difference on this year's over every council and origin o with o + 1 <= 2013 (o = 2011, 2012;
// o = 2010 has no growth yet):
//   rows (x, y): A (0.2, 0.1) (0.1, 0.05); B (-0.1, -0.04) (-0.04, -0.02); C (0.3, 0.1) (0.1, 0.05)
//   b = sum(xy) / sum(x^2) = 0.0648 / 0.1616 = 0.40099...
const england = [1000, 1100, 1210, 1331];
const councilPlans = (start: number, d: number[]) => {
  const out = [start];
  d.forEach((x, i) => out.push((out[i] ?? NaN) * 1.1 * Math.exp(x)));
  return out;
};
const panel = panelOf(member('E', england), [
  member('A', councilPlans(100, [0.2, 0.1, 0.05])),
  member('B', councilPlans(200, [-0.1, -0.04, -0.02])),
  member('C', councilPlans(300, [0.3, 0.1, 0.05])),
]);
const arrays = panelArrays(panel);

describe('pooled regression on a three-council panel', () => {
  it("reads each council's last growth relative to England's as its signal", () => {
    const signals = regressionSignals(arrays, 2012);
    expect(signals.map((s) => s[0])).toEqual([
      expect.closeTo(0.1, 12),
      expect.closeTo(-0.04, 12),
      expect.closeTo(0.1, 12),
    ]);
    // Requests and new plans are not published here: those signals are unknown.
    expect(Number.isNaN(signals[0]?.[2])).toBe(true);
  });

  it('fits b = 0.0648 / 0.1616 with no intercept, on origins whose outcome is published by 2013', () => {
    const b = regressionCoefficients(arrays, 2013, 1, ['lastGrowth']);
    expect(b?.[0]).toBeCloseTo(0.0648 / 0.1616, 12);
  });

  it("forecasts A for 2014 as 2013's plans x England's last growth x exp(b x A's last difference)", () => {
    const f = pooledRegression(arrays, 2013, 1, { features: ['lastGrowth'], kn: 1 });
    const a2013 = councilPlans(100, [0.2, 0.1, 0.05])[3] ?? NaN;
    expect(f[0]).toBeCloseTo(a2013 * 1.1 * Math.exp((0.0648 / 0.1616) * 0.05), 9);
  });

  it('has no fit, and no forecast, before an origin with both a signal and a published outcome', () => {
    expect(regressionCoefficients(arrays, 2011, 1, ['lastGrowth'])).toBeUndefined();
    expect(
      [...pooledRegression(arrays, 2011, 1, { features: ['lastGrowth'], kn: 1 })].every(Number.isNaN),
    ).toBe(true);
  });

  it('two years ahead fits on origin 2011 only (o + 2 <= 2013): (0.2, 0.15), (-0.1, -0.06), (0.3, 0.15)', () => {
    // y is the difference over two years: A's 2012 and 2013 differences, 0.1 + 0.05, and so on.
    const sxy = 0.2 * 0.15 + -0.1 * -0.06 + 0.3 * 0.15;
    const sxx = 0.04 + 0.01 + 0.09;
    expect(regressionCoefficients(arrays, 2013, 2, ['lastGrowth'])?.[0]).toBeCloseTo(sxy / sxx, 12);
  });
});
