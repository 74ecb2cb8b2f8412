import { describe, expect, it } from 'vitest';
import { isDsgAllocations, readDsgAllocations } from './dsgAllocations';
import { readOdsSheets } from './odsSheets';
import { allocationsOds } from './testdata/syntheticFiles';

describe('DSG allocations (.ods)', () => {
  const sheets = readOdsSheets(allocationsOds());

  it('reads sheets from content.xml, expanding repeated cells and dropping blank rows', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Information_2023_to_2024', 'Allocations_summary']);
    const summary = sheets[1]!;
    expect(summary.rows[0]?.cells[0]?.text).toBe(
      'Dedicated schools grant: 2023 to 2024 allocations local authority summary',
    );
    const kingston = summary.rows.find((r) => r.cells[0]?.text === '314');
    expect(kingston?.cells.slice(2, 7).map((c) => c.number)).toEqual([
      150000.5, 1000, 30000, 30000, 211000.5,
    ]);
    expect(summary.rows.at(-1)?.line).toBe(12); // the two blank rows (8-9) still count
  });

  it('takes the financial year from the title, LA numbers as text or numbers, and amounts in pence', () => {
    expect(isDsgAllocations(sheets)).toBe(true);
    const result = readDsgAllocations('dsg.ods', sheets);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = (series: string, area: string) =>
      result.data.values.find((v) => v.series === series && v.area === area && v.period === '2023-24')?.value;
    expect(result.data.edition).toBe('2023-24');
    expect(at('dsg.allocation.highNeeds', '314')).toBe(3000000);
    expect(at('dsg.allocation.total', '314')).toBe(21100050);
    expect(at('dsg.afterDeductions.highNeeds', 'E92000001')).toBe(18000000);
    expect(at('dsg.allocation.schools', '943')).toBe(10000);
  });

  it('keeps regions and skips subtotals such as METROPOLITAN AUTHORITIES', () => {
    const result = readDsgAllocations('dsg.ods', sheets);
    if (!result.ok) throw new Error('not read');
    expect([...new Set(result.data.values.map((v) => v.area))].sort()).toEqual([
      '314',
      '943',
      'E12000007',
      'E92000001',
    ]);
  });
});
