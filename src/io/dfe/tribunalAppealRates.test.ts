import { describe, expect, it } from 'vitest';
import { parseCsv } from './csvTable';
import { readTribunalTable } from './tribunalAppealRates';
import { fixtureBytes } from './testdata/syntheticFiles';
import { ValueCollector } from './valueCollector';

describe('SEND Tribunal appeal rate table', () => {
  const out = new ValueCollector('tribunal.csv');
  const notes: string[] = [];
  const latest = readTribunalTable(
    parseCsv('tribunal.csv', fixtureBytes('ehcp2025', 'tribunal.csv'), { headerRow: false }),
    out,
    notes,
  );
  const values = out.published();
  const at = (series: string, area: string, year: number) =>
    values.find((v) => v.series === series && v.area === area && v.period === String(year));

  it('reads appeals and appealable decisions by calendar year, thousands separators and all', () => {
    expect(out.errors).toEqual([]);
    expect(latest).toBe(2021);
    expect(at('tribunal.appeals', '314', 2019)?.value).toBe(35);
    expect(at('tribunal.appealableDecisions', '314', 2019)?.value).toBe(1362);
    expect(at('tribunal.appealableDecisions', 'E92000001', 2020)?.value).toBe(450751);
  });

  it("reads ' - ' as nil (the rate column shows 0.00%), '~' as suppressed and '..' as not available", () => {
    expect(at('tribunal.appeals', '319', 2018)?.value).toBe(0);
    expect(at('tribunal.appeals', '319', 2019)).toMatchObject({ value: null, missing: '~' });
    expect(at('tribunal.appeals', '801', 2020)).toMatchObject({ value: null, missing: '..' });
  });

  it('strips footnote numbers from names and places each year under the LA of that year', () => {
    // "Dorset6, 838" carries the old county's figures before the 2019 reorganisation.
    expect(at('tribunal.appeals', '835', 2018)?.value).toBe(20);
    expect(at('tribunal.appeals', '838', 2019)?.value).toBe(10);
    expect(at('tribunal.appeals', '837', 2018)?.value).toBe(3);
  });

  it('uses the name over a wrong code and says so; does not attribute figures of an LA that no longer existed', () => {
    expect(at('tribunal.appeals', '928', 2020)?.value).toBe(73);
    expect(at('tribunal.appeals', '892', 2020)).toBeUndefined();
    expect(notes.join('\n')).toMatch(/LA code 892 is Nottingham but the row is Northamptonshire/);
  });

  it('skips region labels, the England-excluding-suppressed row, the in-development columns and the notes', () => {
    expect(values.some((v) => v.value === 7800 || v.value === 1249)).toBe(false);
    expect(new Set(values.map((v) => v.area))).toEqual(
      new Set(['314', '319', '801', '835', '838', '837', '928', 'E92000001']),
    );
  });
});
