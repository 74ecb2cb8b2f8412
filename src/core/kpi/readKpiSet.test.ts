import { describe, expect, it } from 'vitest';
import { readKpiSet } from './readKpiSet';

const kpi = (over: Record<string, unknown> = {}) => ({
  ref: '1',
  name: 'Actual EHCPs',
  category: 'Demand Management',
  unit: 'count',
  direction: 'lower',
  baseline: 1429,
  baselineDate: '2021-03-31',
  annualTarget: 1537,
  target: { kind: 'proRata' },
  ...over,
});

describe('readKpiSet', () => {
  it('reads a set, money in pounds to pence, with Kingston’s tolerance by default', () => {
    const result = readKpiSet({
      council: '314',
      financialYear: '2021-22',
      kpis: [
        kpi(),
        kpi({
          ref: '9',
          unit: 'money',
          baseline: 6564065,
          annualTarget: 5432000.5,
          target: { kind: 'annual' },
        }),
      ],
      periods: [{ period: '2021-05', values: [{ ref: '9', value: 5120000 }] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.kpis[1]).toMatchObject({ baseline: 656_406_500, annualTarget: 543_200_050 });
    expect(result.data.periods[0]!.values[0]!.value).toBe(512_000_000);
    expect(result.data.defaultTolerance).toEqual({ amber: { percent: 0.5 }, red: { percent: 95 } });
  });

  it('lists every problem with its path: bad unit, unknown formula KPI, percentage out of range, period outside the year', () => {
    const result = readKpiSet({
      council: '314',
      financialYear: '2021-22',
      kpis: [
        kpi({ unit: 'litres' }),
        kpi({
          ref: '7',
          unit: 'percent',
          range: { min: 0, max: 100 },
          baseline: 2.2,
          annualTarget: 2.2,
          computed: { kind: 'sum', terms: [{ ref: '99' }] },
        }),
        kpi(),
      ],
      periods: [
        {
          period: '2022-05',
          values: [
            { ref: '7', value: 120 },
            { ref: '42', value: 1 },
          ],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'kpis[0].unit: must be one of count, percent, money',
        'kpis[2].ref: KPI 1 is defined twice',
        'kpis[1].computed: refers to KPI 99, which the file does not define',
        "periods[0].period: 2022-05 is outside the set's financial year 2021-22",
        'periods[0].values[0].value: 120.00% is outside the possible range 0.00% to 100.00%',
        'periods[0].values[1].ref: KPI 42 is not defined in this file',
      ]),
    );
  });

  it('refuses what is not an object', () => {
    expect(readKpiSet([])).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file must hold one JSON object (a KPI set).' }],
    });
  });
});
