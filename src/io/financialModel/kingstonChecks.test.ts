// The real inconsistencies in Kingston's published figures, reported by the reconciliation checks.
import { describe, expect, it } from 'vitest';
import { checkPlanVersion } from '../../core/checks/planChecks';
import { readKingstonPlan } from './demoFiles';

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
    expect(failures[0]!.message).toContain('cumulative deficit £28,607,000 is not that balance plus its in-year deficit £3,482,000 (£27,883,000)');
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
    expect(failures.map((f) => f.check)).toEqual(['published-equals-computed', 'carried-forward-equals-brought-forward-plus-in-year', 'carried-forward-equals-brought-forward-plus-in-year']);
    expect(failures[0]).toMatchObject({ left: { value: 17_518_000_00 }, right: { value: 17_518_670_00 }, difference: -670_00 });
  });
});
