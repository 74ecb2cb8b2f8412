import { describe, expect, it } from 'vitest';
import type { PlanLine, VersionSummary } from './queries.ts';
import {
  cumulativeDeficitPoints,
  defaultComparison,
  defaultSavingsVersion,
  groupLines,
  memoLines,
  yearsOf,
} from './modelLayout.ts';

const line = (id: string, kind: PlanLine['kind'], memo?: boolean): PlanLine => ({
  id,
  kind,
  label: id,
  links: {},
  amounts: {},
  ...(memo === undefined ? {} : { memo }),
});

const version = (name: string, status: 'draft' | 'frozen', years: string[] = []): VersionSummary => ({
  id: 0,
  name,
  description: null,
  status,
  basedOnId: null,
  updatedAt: '2021-05-31T00:00:00Z',
  updatedBy: null,
  frozenAt: null,
  frozenBy: null,
  revision: 1,
  heldBy: [],
  years: years.map((year) => ({ year, inYearDsgDeficit: 0, cumulativeDeficitAfterDfe: 0 })),
});

describe('groupLines', () => {
  it('groups lines by kind in the spreadsheet order, leaving out empty kinds and memorandum lines', () => {
    const groups = groupLines([
      line('s1', 'saving'),
      line('hnb', 'hnbAllocation'),
      line('memo', 'saving', true),
      line('spend', 'expenditure'),
      line('s2', 'saving'),
      line('sv', 'dfeContribution'),
    ]);
    expect(groups.map((g) => [g.kind, g.lines.map((l) => l.id)])).toEqual([
      ['hnbAllocation', ['hnb']],
      ['expenditure', ['spend']],
      ['saving', ['s1', 's2']],
      ['dfeContribution', ['sv']],
    ]);
  });

  it('keeps memorandum lines apart', () => {
    expect(memoLines([line('a', 'saving'), line('m', 'saving', true)]).map((l) => l.id)).toEqual(['m']);
  });
});

describe('years', () => {
  it('lists every year of any version, in order', () => {
    expect(
      yearsOf([version('a', 'draft', ['2021-22']), version('b', 'draft', ['2019-20', '2020-21', '2021-22'])]),
    ).toEqual(['2019-20', '2020-21', '2021-22']);
  });
});

describe('cumulativeDeficitPoints', () => {
  it('starts from the balance brought forward less DfE contributions to date (Kingston agreement, seed 003)', () => {
    const points = cumulativeDeficitPoints({
      plan: { opening: { cumulativeDeficit: 2_512_500_000, dfeContributionsToDate: 1_200_000_000 } },
      years: [{ year: '2021-22', cumulativeDeficitAfterDfe: 1_160_700_000 }],
    });
    expect(points).toEqual([
      { year: '2020-21', value: 1_312_500_000, broughtForward: true },
      { year: '2021-22', value: 1_160_700_000, broughtForward: false },
    ]);
  });
});

describe('defaults', () => {
  const kingston = [
    version('Deficit recovery plan, June 2019', 'frozen'),
    version('SEND Transformation Plan 2019/20 to 2021/22', 'frozen'),
    version('Safety Valve agreement, March 2021', 'frozen'),
    version('Latest forecast, May 2021', 'draft'),
  ];

  it('compares the latest frozen version with the latest draft', () => {
    expect(defaultComparison(kingston)).toEqual({
      from: 'Safety Valve agreement, March 2021',
      to: 'Latest forecast, May 2021',
    });
    expect(defaultComparison([version('a', 'draft'), version('b', 'draft')])).toEqual({ from: 'a', to: 'b' });
    expect(defaultComparison([version('a', 'draft')])).toBeNull();
  });

  it('opens the Savings page on the transformation plan', () => {
    expect(defaultSavingsVersion(kingston)).toBe('SEND Transformation Plan 2019/20 to 2021/22');
    expect(defaultSavingsVersion([version('a', 'frozen'), version('b', 'draft')])).toBe('b');
    expect(defaultSavingsVersion([])).toBeNull();
  });
});
