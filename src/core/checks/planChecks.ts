import {
  computeModel,
  derivedAmounts,
  grownAllocation,
  stabilityGrantYear,
  type DerivedFigure,
  type HnbGrowthRule,
  type PlanVersion,
  type StabilityGrantRule,
} from '../finance';
import { formatMoney } from '../money';
import { previousFinancialYear } from '../periods';
import { compare, type CheckFailure } from './checkResult';

const figureNames: Record<DerivedFigure, string> = {
  totalBudget: 'total budget',
  spendBeforeSavings: 'spend before savings',
  totalSavings: 'total savings',
  spendAfterSavings: 'spend after savings',
  netHighNeedsDeficit: 'net High Needs deficit',
  inYearDsgDeficit: 'in-year DSG deficit',
  cumulativeDeficitBeforeDfe: 'cumulative deficit before DfE contributions',
  dfeContributionsToDate: 'DfE contributions to date',
  cumulativeDeficitAfterDfe: 'cumulative deficit after DfE contributions',
};

const money = (pence: number) => formatMoney(pence);

/**
 * The identities one plan version must satisfy: every published figure equals the figure computed from
 * the lines (within the rounding the document used); each published cumulative deficit equals the previous
 * one plus the published in-year deficit; the opening balance equals the actual outturn of the year before.
 */
export function checkPlanVersion(plan: PlanVersion): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const push = (f: CheckFailure | null) => f && failures.push(f);
  const where = `plan version "${plan.version}"`;
  const halfUnit = Math.floor((plan.publishedRoundedTo ?? 1) / 2);
  const computed = computeModel(plan);

  for (const position of computed) {
    const published = plan.published?.[position.year] ?? {};
    for (const [figure, value] of Object.entries(published) as Array<[DerivedFigure, number]>) {
      const name = figureNames[figure];
      push(
        compare(
          'published-equals-computed',
          `${where}, ${position.year}`,
          { label: `published ${name}`, value },
          { label: `${name} computed from the lines`, value: position[figure] },
          'pence',
          `${position.year} ${name}: the document prints ${money(value)} but its lines give ${money(position[figure])}`,
          halfUnit,
        ),
      );
    }
  }

  // c/f = b/f + in-year, on the published figures alone (a table that does not add up).
  plan.years.forEach((year, i) => {
    const published = plan.published?.[year];
    const previous = i === 0 ? undefined : plan.published?.[plan.years[i - 1]!];
    const broughtForward = i === 0 ? plan.opening.cumulativeDeficit : previous?.cumulativeDeficitBeforeDfe;
    const inYear = published?.inYearDsgDeficit ?? published?.netHighNeedsDeficit;
    const carried = published?.cumulativeDeficitBeforeDfe;
    if (broughtForward === undefined || inYear === undefined || carried === undefined || i === 0) return;
    push(
      compare(
        'carried-forward-equals-brought-forward-plus-in-year',
        `${where}, ${year}`,
        { label: `published cumulative deficit ${year}`, value: carried },
        {
          label: `published ${plan.years[i - 1]} balance + published in-year deficit`,
          value: broughtForward + inYear,
        },
        'pence',
        `${year}: the cumulative deficit ${money(carried)} is not ${money(broughtForward)} brought forward plus ${money(inYear)} in year`,
        halfUnit * 2,
      ),
    );
  });

  const first = plan.years[0];
  const outturn = first ? plan.outturn?.[previousFinancialYear(first)] : undefined;
  if (first && outturn !== undefined) {
    const firstPosition = computed[0]!;
    push(
      compare(
        'opening-equals-prior-outturn',
        `${where}, ${first}`,
        { label: `opening balance of ${first}`, value: plan.opening.cumulativeDeficit },
        { label: `actual balance at the end of ${previousFinancialYear(first)}`, value: outturn },
        'pence',
        `${first}: the plan starts from ${money(plan.opening.cumulativeDeficit)} but the actual balance at the end of ${previousFinancialYear(first)} was ${money(outturn)}; ` +
          `so its ${first} cumulative deficit ${money(firstPosition.cumulativeDeficitBeforeDfe)} is not that balance plus its in-year deficit ${money(firstPosition.inYearDsgDeficit)} (${money(outturn + firstPosition.inYearDsgDeficit)})`,
      ),
    );
  }
  failures.push(...checkRuleLines(plan));
  return failures;
}

/**
 * The rule lines' identities: a stability grant's confirmed amount against its share of the deficit at
 * its date (the DfE's figure and the council's own books should agree), and a typed-in allocation in a
 * year that also has a growth assumption (the assumption is not used: say so, with both figures).
 */
function checkRuleLines(plan: PlanVersion): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const where = `plan version "${plan.version}"`;
  const unconfirmed = {
    ...plan,
    lines: plan.lines.map((l) => (l.kind === 'stabilityGrant' ? { ...l, amounts: {} } : l)),
  };
  const byRule = derivedAmounts(unconfirmed);
  for (const line of plan.lines.filter((l) => l.kind === 'stabilityGrant' && l.rule && !l.memo)) {
    const rule = line.rule as StabilityGrantRule;
    const year = stabilityGrantYear(rule);
    const confirmed = line.amounts[year];
    const share = byRule[line.id]?.[year];
    if (confirmed === undefined || share === undefined) continue;
    const failure = compare(
      'stability-grant-equals-share-of-deficit',
      `${where}, ${year}`,
      { label: `confirmed stability grant (line ${line.id})`, value: confirmed },
      { label: `${rule.share * 100}% of the deficit at ${rule.asAt}`, value: share },
      'pence',
      `${year}: the confirmed stability grant ${money(confirmed)} is not ${rule.share * 100}% of the deficit at ${rule.asAt} in this version (${money(share)})`,
    );
    if (failure) failures.push(failure);
  }
  const positions = computeModel(unconfirmed);
  for (const line of plan.lines.filter((l) => l.kind === 'hnbGrowth' && l.rule && !l.memo)) {
    const growth = (line.rule as HnbGrowthRule).growth;
    plan.years.forEach((year, i) => {
      const rate = growth[year];
      const previous = positions[i - 1];
      if (rate === undefined || !previous || byRule[line.id]?.[year] !== undefined) return;
      const typed = positions[i]!.hnbAllocation;
      const grown = grownAllocation(previous.hnbAllocation, rate);
      const failure = compare(
        'typed-allocation-equals-growth-assumption',
        `${where}, ${year}`,
        { label: `HNB allocation typed in for ${year}`, value: typed },
        {
          label: `${previous.year} allocation grown by ${(rate * 100).toFixed(2)}% (line ${line.id})`,
          value: grown,
        },
        'pence',
        `${year}: the allocation typed in (${money(typed)}) is used, not the growth assumption of ${(rate * 100).toFixed(2)}% (${money(grown)})`,
      );
      if (failure) failures.push(failure);
    });
  }
  return failures;
}
