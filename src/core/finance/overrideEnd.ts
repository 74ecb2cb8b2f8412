import { formatMoney, percentage, type Pence } from '../money';
import { financialYearEnd, type FinancialYear, type IsoDate } from '../periods';
import { computeModel } from './computeModel';
import type { PlanVersion } from './planVersion';

// The statutory override keeps DSG deficits off councils' general fund; under the regime of 2026 it
// ends after 2027-28. From then a deficit left on the books is, in practice, a call on the council's
// usable reserves. The council records its usable reserves per year and this works out how much of them
// the DSG deficit would take.

/** The default: the override covers deficits up to 31 March 2028 and no later. */
export const defaultOverrideEndsAfter: IsoDate = '2028-03-31';

/** One year of the reserves view. */
export interface ReservesYear {
  year: FinancialYear;
  /** The cumulative DSG deficit after DfE contributions and the stability grants the council counts. */
  cumulativeDeficit: Pence;
  usableReserves: Pence | null;
  /** The deficit as a % of usable reserves, 2 decimals; null without a reserves figure (or with none). */
  deficitPctOfReserves: number | null;
  /** Above 100%: the deficit is larger than everything the council could use to meet it. */
  aboveReserves: boolean;
  /** Whether the statutory override still covers the deficit at this year's end. */
  overrideApplies: boolean;
}

/** The reserves view of a plan version, and what it means in a Section 151 officer's words. */
export interface ReservesView {
  overrideEndsAfter: IsoDate;
  years: ReservesYear[];
  /** The first year the deficit would have to be met from the general fund (a deficit and no override). */
  firstGeneralFundYear: FinancialYear | null;
  /** Plain sentences for the report and the page. */
  statements: string[];
}

/** Works out the deficit as a share of usable reserves, its flags and the year the general fund meets it. */
export function reservesView(plan: PlanVersion): ReservesView {
  const overrideEndsAfter = plan.overrideEndsAfter ?? defaultOverrideEndsAfter;
  const years = computeModel(plan).map((position): ReservesYear => {
    const reserves = plan.usableReserves?.[position.year];
    const deficit = position.cumulativeDeficitAfterDfe;
    const pct = reserves === undefined || reserves <= 0 ? null : percentage(deficit, reserves, 2);
    return {
      year: position.year,
      cumulativeDeficit: deficit,
      usableReserves: reserves ?? null,
      deficitPctOfReserves: pct,
      aboveReserves: reserves !== undefined && deficit > 0 && deficit > reserves,
      overrideApplies: financialYearEnd(position.year) <= overrideEndsAfter,
    };
  });
  const first = years.find((y) => !y.overrideApplies && y.cumulativeDeficit > 0);
  return {
    overrideEndsAfter,
    years,
    firstGeneralFundYear: first?.year ?? null,
    statements: statements(years, first, overrideEndsAfter),
  };
}

function statements(
  years: readonly ReservesYear[],
  first: ReservesYear | undefined,
  overrideEndsAfter: IsoDate,
): string[] {
  const said: string[] = [];
  for (const y of years.filter((y) => y.aboveReserves))
    said.push(
      `${y.year}: the cumulative DSG deficit of ${formatMoney(y.cumulativeDeficit)} is ${y.deficitPctOfReserves ?? 'more than 100'}% of usable reserves (${formatMoney(y.usableReserves ?? 0)}); the council could not meet it from reserves without a further funding solution.`,
    );
  if (first)
    said.push(
      `From ${first.year} the statutory override no longer applies: the deficit of ${formatMoney(first.cumulativeDeficit)} at ${financialYearEnd(first.year)} would fall to the general fund` +
        (first.usableReserves !== null
          ? `, taking ${first.deficitPctOfReserves ?? 'all'}% of usable reserves.`
          : '; record usable reserves for that year to see the share they would take.'),
    );
  else if (years.some((y) => !y.overrideApplies))
    said.push('No DSG deficit remains once the statutory override ends: the general fund is not called on.');
  else
    said.push(
      `Every year of the plan ends while the statutory override applies (to ${overrideEndsAfter}); add later years to see whether the general fund would be called on.`,
    );
  return said;
}
