import { apportion, assertPence, type Pence } from '../money';
import { academicStartYearOf, academicYearStartingIn, type AcademicYear } from './academicYear';
import { financialYearStartingIn, startYearOf, type FinancialYear } from './financialYear';

// Place funding and top-up rates are set per academic year but budgets are per financial year.
// Academic year 2021/22 (Sept 2021 - Aug 2022) falls 7 months (Sept-March) in financial year 2021-22
// and 5 months (April-August) in 2022-23. Seen from a financial year, 2021-22 takes the last 5/12 of
// 2020/21 (April-August 2021) and the first 7/12 of 2021/22 (Sept 2021-March 2022).
// Months are weighted equally (twelfths, not days), as DfE place funding is.

const AUTUMN_SPRING_TWELFTHS = 7; // September to March
const SUMMER_TWELFTHS = 5; // April to August

/** The part of an amount that falls in one financial year. */
export interface FinancialYearPart {
  readonly financialYear: FinancialYear;
  readonly amount: Pence;
}

/** The twelfths of an academic year that fall in a financial year. */
export interface AcademicYearShare {
  readonly academicYear: AcademicYear;
  readonly twelfths: number;
}

/** An annual amount for each academic year, keyed by '2021/22'. */
export type RateByAcademicYear = Readonly<Record<AcademicYear, Pence>> | ReadonlyMap<AcademicYear, Pence>;

/**
 * Splits an academic-year amount into its financial years: 7/12 to the year containing September,
 * 5/12 to the next. Largest remainder to the penny, so the parts add back exactly; on a tie (half a
 * penny each way) the earlier financial year takes the penny.
 */
export function splitAcademicYearAmount(amount: Pence, ay: AcademicYear): FinancialYearPart[] {
  const startYear = academicStartYearOf(ay);
  const [autumnSpring = 0, summer = 0] = apportion(assertPence(amount), [
    AUTUMN_SPRING_TWELFTHS,
    SUMMER_TWELFTHS,
  ]);
  return [
    { financialYear: financialYearStartingIn(startYear), amount: autumnSpring },
    { financialYear: financialYearStartingIn(startYear + 1), amount: summer },
  ];
}

/** The academic years a financial year overlaps, with their twelfths: '2021-22' → 5 of 2020/21, 7 of 2021/22. */
export function financialYearShareOfAcademicYears(fy: FinancialYear): AcademicYearShare[] {
  const startYear = startYearOf(fy);
  return [
    { academicYear: academicYearStartingIn(startYear - 1), twelfths: SUMMER_TWELFTHS },
    { academicYear: academicYearStartingIn(startYear), twelfths: AUTUMN_SPRING_TWELFTHS },
  ];
}

/**
 * The amount falling in a financial year from annual amounts set per academic year: 5/12 of the
 * earlier academic year plus 7/12 of the later. Each share is the matching part of
 * splitAcademicYearAmount, so the financial years of a run add back exactly to its academic years.
 */
export function financialYearAmountFromAcademicRates(
  fy: FinancialYear,
  rateByAcademicYear: RateByAcademicYear,
): Pence {
  let total = 0;
  for (const { academicYear } of financialYearShareOfAcademicYears(fy)) {
    const rate = rateFor(rateByAcademicYear, academicYear);
    if (rate === undefined) {
      throw new Error(`no amount for academic year ${academicYear}, needed for financial year ${fy}`);
    }
    const part = splitAcademicYearAmount(rate, academicYear).find((p) => p.financialYear === fy);
    total += part?.amount ?? 0;
  }
  return assertPence(total, `financial year ${fy} amount`);
}

function rateFor(rates: RateByAcademicYear, ay: AcademicYear): Pence | undefined {
  if (rates instanceof Map) return (rates as ReadonlyMap<AcademicYear, Pence>).get(ay);
  const record = rates as Readonly<Record<AcademicYear, Pence>>;
  return Object.hasOwn(record, ay) ? record[ay] : undefined;
}
