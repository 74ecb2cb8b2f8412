// The real inconsistencies in Kingston's published figures, reported by the reconciliation checks.
import { describe, expect, it } from 'vitest';
import { checkPlanVersion, checkRecoveryPlan } from '../../core/checks';
import { readKingstonPlan, readKingstonRecoveryPlanDocument } from './demoFiles';

describe('reconciliation checks on the Kingston demo versions', () => {
  it('reports that the 2021-22 cumulative deficit target £28,607,000 is not the 31 March 2021 balance £24,401,000 plus the in-year target £3,482,000 (seed 003, KPIs 13-14)', () => {
    const failures = checkPlanVersion(readKingstonPlan('safetyValveAgreement2021'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      check: 'opening-equals-prior-outturn',
      left: { value: 25_125_000_00 },
      right: { value: 24_401_000_00 },
      difference: 724_000_00,
    });
    expect(failures[0]!.message).toContain(
      'cumulative deficit £28,607,000 is not that balance plus its in-year deficit £3,482,000 (£27,883,000)',
    );
  });

  it('finds the May 2021 projection, the recovery plan and the Transformation Plan consistent with their own published figures', () => {
    expect(checkPlanVersion(readKingstonPlan('latestForecastMay2021'))).toEqual([]);
    expect(checkPlanVersion(readKingstonPlan('recoveryPlan2019'))).toEqual([]);
    expect(checkPlanVersion(readKingstonPlan('transformationPlan2019'))).toEqual([]);
  });

  it('reports a published figure the lines do not give, with both sides', () => {
    const plan = readKingstonPlan('transformationPlan2019');
    plan.published!['2019-20']!.cumulativeDeficitBeforeDfe = 17_518_000_00;
    const failures = checkPlanVersion(plan);
    expect(failures.map((f) => f.check)).toEqual([
      'published-equals-computed',
      'carried-forward-equals-brought-forward-plus-in-year',
      'carried-forward-equals-brought-forward-plus-in-year',
    ]);
    expect(failures[0]).toMatchObject({
      left: { value: 17_518_000_00 },
      right: { value: 17_518_670_00 },
      difference: -670_00,
    });
  });
});

describe('reconciliation checks on the 2019 recovery plan document (seed 000)', () => {
  const failures = checkRecoveryPlan(
    readKingstonRecoveryPlanDocument(),
    readKingstonPlan('recoveryPlan2019'),
  );
  const byCheck = (check: string) => failures.filter((f) => f.check === check);

  it('reproduces four of five published word counts and reports question 2 (published 451, 450 words)', () => {
    expect(byCheck('word-count')).toEqual([
      expect.objectContaining({
        left: { label: 'published word count', value: 451 },
        right: { label: 'words in the answer', value: 450 },
      }),
    ]);
  });
  it('finds every EHCP-table cumulative equal to the previous plus outturn less HNB, and every printed age-band %', () => {
    expect(byCheck('ehcp-table-cumulative')).toEqual([]);
    expect(byCheck('age-band-percentage')).toEqual([]);
  });
  it('reports the two years whose age bands do not add up to the plans: 2020 (1,250 v 1,251) and 2023 (1,490 v 1,491)', () => {
    expect(
      byCheck('age-bands-sum-to-total').map((f) => [f.where.slice(-4), f.left.value, f.right.value]),
    ).toEqual([
      ['2020', 1250, 1251],
      ['2023', 1490, 1491],
    ]);
  });
  it("reports that the EHCP table's cumulative deficit is not the roll-forward's DSG balance for any year", () => {
    expect(
      byCheck('ehcp-table-matches-roll-forward').map((f) => [
        f.where.slice(-7),
        f.left.value / 100,
        f.right.value / 100,
      ]),
    ).toEqual([
      ['2018-19', 12_156_000, 11_071_000],
      ['2019-20', 15_275_000, 14_190_000],
      ['2020-21', 17_757_000, 16_672_000],
      ['2021-22', 18_996_000, 17_911_000],
      ['2022-23', 20_337_000, 19_252_000],
      ['2023-24', 20_337_000, 19_252_000],
    ]);
  });
});
