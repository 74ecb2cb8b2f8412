import { describe, expect, it } from 'vitest';
import { readKingstonPlan } from '../../io/financialModel/demoFiles';
import { pounds } from '../money';
import { deficitProfileSeries } from './deficitSeries';

const agreement = {
  startYear: '2020-21',
  endYear: '2025-26',
  deficitProfile: [{ year: '2021-22', maximum: pounds(28_607_000) }],
};

describe('deficit profile series (Kingston demo versions)', () => {
  it('puts the agreement maximum, the agreed model and the May 2021 projection at each year-end (seed 003 KPI 14 and monitoring table; seed 004 para 2)', () => {
    const points = deficitProfileSeries(
      agreement,
      readKingstonPlan('safetyValveAgreement2021'),
      readKingstonPlan('latestForecastMay2021'),
    );
    expect(points.map((p) => p.year)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
      '2025-26',
    ]);
    // 31 March 2021: the agreement's forecast opening £25,125,000 and the outturn £24,401,000 (£24.4m, seed 004 para 2).
    expect(points[0]).toEqual({
      year: '2020-21',
      maximum: null,
      agreed: pounds(25_125_000),
      projected: pounds(24_401_000),
    });
    expect(points[1]).toEqual({
      year: '2021-22',
      maximum: pounds(28_607_000),
      agreed: pounds(28_607_000),
      projected: pounds(27_886_000),
    });
    expect(
      points.slice(2).every((p) => p.maximum === null && p.agreed === null && p.projected === null),
    ).toBe(true);
  });

  it('adds the year before the agreement when a plan opens there, and nothing when no plan is given', () => {
    const later = { ...agreement, startYear: '2021-22' };
    expect(
      deficitProfileSeries(later, readKingstonPlan('safetyValveAgreement2021')).map((p) => p.year)[0],
    ).toBe('2020-21');
    expect(deficitProfileSeries(later).map((p) => p.year)[0]).toBe('2021-22');
  });
});
