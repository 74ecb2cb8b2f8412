import { describe, expect, it } from 'vitest';
import { planToJson } from './writePlanJson';
import { readPlanJson } from './readPlanJson';

const base = {
  council: '999',
  version: 'Reform',
  years: ['2026-27', '2027-28', '2028-29'],
  opening: { cumulativeDeficit: 20_000_000 },
};

describe('plan files with rule lines, usable reserves and the override end', () => {
  it('reads a stability grant with the DfE defaults, a growth assumption and reserves, and writes them back', () => {
    const file = {
      ...base,
      lines: [
        { id: 'hnb', kind: 'hnbAllocation', label: 'HNB', amounts: { '2026-27': 10_000_000 } },
        {
          id: 'grow',
          kind: 'hnbGrowth',
          label: 'Growth',
          rule: { growth: { '2027-28': 0.03 } },
          amounts: {},
        },
        { id: 'grant', kind: 'stabilityGrant', label: 'Stability grant', amounts: {} },
      ],
      usableReserves: { '2027-28': '£15m', '2028-29': 12_000_000 },
      overrideEndsAfter: '2028-03-31',
    };
    const read = readPlanJson(file);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.data.lines[2]!.rule).toEqual({
      share: 0.9,
      asAt: '2026-03-31',
      status: 'expected',
      countWhen: ['approved', 'received'],
    });
    expect(read.data.usableReserves).toEqual({ '2027-28': 15_000_000_00, '2028-29': 12_000_000_00 });
    const again = readPlanJson(JSON.parse(JSON.stringify(planToJson(read.data))));
    expect(again).toEqual(read);
  });

  it('refuses bad rules with the line, field and value named', () => {
    const read = readPlanJson({
      ...base,
      lines: [
        { kind: 'hnbGrowth', label: 'Growth', rule: { growth: { '2026-27': 3 } }, amounts: {} },
        {
          kind: 'stabilityGrant',
          label: 'Grant',
          rule: { share: 90, asAt: '2026-04-30', status: 'promised' },
          amounts: {},
        },
        { kind: 'saving', label: 'Saving', rule: { growth: {} }, amounts: {} },
        { kind: 'hnbGrowth', label: 'Growth without a rule', amounts: {} },
      ],
      overrideEndsAfter: '31/03/2028',
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'lines[0].rule.growth: 2026-27: 3 is not a yearly growth rate from -0.5 to 0.5 (0.03 is 3%)',
      "lines[0].rule.growth: 2026-27 is the plan's first year: there is no year before it in the plan to grow from; enter its allocation",
      'lines[1].rule: share 90 is not a share: it must be from 0 to 1 (0.9 is 90%)',
      "lines[1].rule: 'promised' is not a status (use expected, planSubmitted, approved, received)",
      'lines[1].rule: 2026-04-30 is not the end of a financial year: the deficit is measured at 31 March',
      'lines[2].rule: only stabilityGrant and hnbGrowth lines have a rule',
      'lines[3].rule: must give the growth by year, e.g. {"growth": {"2026-27": 0.03}} for 3%',
      "overrideEndsAfter: '31/03/2028' is not a date written YYYY-MM-DD",
    ]);
  });
});
