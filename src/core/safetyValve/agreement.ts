import type { Pence } from '../money';
import { compareFinancialYears, financialYearRange, type FinancialYear, type IsoDate } from '../periods';

/** One condition of a Safety Valve agreement, numbered as the agreement numbers it ("2", "3.1"). */
export interface AgreementCondition {
  number: string;
  title: string;
  /** The condition's wording, when the council holds it; null when only the title is published. */
  text: string | null;
}

/** The maximum cumulative DSG deficit the agreement allows at the end of one financial year. */
export interface DeficitProfileYear {
  year: FinancialYear;
  maximum: Pence;
}

/** What a DfE instalment is: a payment of Safety Valve funding, or a debt the DfE wrote off. */
export type PaymentKind = 'payment' | 'writeOff';

/** One DfE instalment of a year: planned, received and withheld amounts (null where not known). */
export interface AgreementPayment {
  year: FinancialYear;
  /** The council's name for the instalment, e.g. "Q1" or "Initial payment". Unique within the year. */
  instalment: string;
  kind: PaymentKind;
  planned: Pence | null;
  received: Pence | null;
  withheld: Pence | null;
  dueDate: IsoDate | null;
  receivedDate: IsoDate | null;
  note: string | null;
}

/** A council's Safety Valve agreement with the DfE. */
export interface SafetyValveAgreement {
  name: string;
  /** The first and last financial years the agreement covers. */
  startYear: FinancialYear;
  endYear: FinancialYear;
  signedOn: IsoDate | null;
  /** The plan version the agreement's financial model is (e.g. "Safety Valve agreement, March 2021"). */
  agreedVersion: string | null;
  /** Total DfE funding the agreement promises subject to performance (write-offs excluded). */
  totalFunding: Pence | null;
  finalPaymentYear: FinancialYear | null;
  /** What the profile counts: the cumulative DSG deficit before Safety Valve funding, as seed 003 states it. */
  profileBasis: string;
  description: string | null;
  conditions: AgreementCondition[];
  deficitProfile: DeficitProfileYear[];
  payments: AgreementPayment[];
}

/** Every financial year the agreement covers, oldest first. */
export function agreementYears(
  agreement: Pick<SafetyValveAgreement, 'startYear' | 'endYear'>,
): FinancialYear[] {
  return financialYearRange(agreement.startYear, agreement.endYear);
}

/** Whether the agreement covers a financial year. */
export function agreementCovers(
  agreement: Pick<SafetyValveAgreement, 'startYear' | 'endYear'>,
  year: FinancialYear,
): boolean {
  return (
    compareFinancialYears(year, agreement.startYear) >= 0 &&
    compareFinancialYears(year, agreement.endYear) <= 0
  );
}

/** Planned, received and withheld totals (null amounts count as nothing). */
export interface PaymentTotals {
  planned: Pence;
  received: Pence;
  withheld: Pence;
}

function total(payments: AgreementPayment[]): PaymentTotals {
  return payments.reduce(
    (t, p) => ({
      planned: t.planned + (p.planned ?? 0),
      received: t.received + (p.received ?? 0),
      withheld: t.withheld + (p.withheld ?? 0),
    }),
    { planned: 0, received: 0, withheld: 0 },
  );
}

/** Totals of the DfE instalments per year and overall, payments and write-offs apart. */
export function paymentSummary(
  agreement: Pick<SafetyValveAgreement, 'payments' | 'totalFunding' | 'startYear' | 'endYear'>,
) {
  const payments = agreement.payments.filter((p) => p.kind === 'payment');
  const writeOffs = agreement.payments.filter((p) => p.kind === 'writeOff');
  const byYear = agreementYears(agreement).map((year) => ({
    year,
    ...total(payments.filter((p) => p.year === year)),
    writtenOff: total(writeOffs.filter((p) => p.year === year)).received,
  }));
  const paid = total(payments);
  return {
    byYear,
    total: paid,
    writtenOff: total(writeOffs).received,
    /** Promised funding not yet planned in any instalment (null when the total is not known). */
    notYetProfiled: agreement.totalFunding === null ? null : agreement.totalFunding - paid.planned,
  };
}

/** The profile's maximum for a year, or null where the agreement sets none (or it is not held). */
export function maximumDeficit(
  agreement: Pick<SafetyValveAgreement, 'deficitProfile'>,
  year: FinancialYear,
): Pence | null {
  return agreement.deficitProfile.find((p) => p.year === year)?.maximum ?? null;
}
