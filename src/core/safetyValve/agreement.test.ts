import { describe, expect, it } from 'vitest';
import { pounds } from '../money';
import {
  agreementCovers,
  agreementYears,
  maximumDeficit,
  paymentSummary,
  type AgreementPayment,
  type SafetyValveAgreement,
} from './agreement';

const payment = (
  p: Partial<AgreementPayment> & Pick<AgreementPayment, 'year' | 'instalment'>,
): AgreementPayment => ({
  kind: 'payment',
  planned: null,
  received: null,
  withheld: null,
  dueDate: null,
  receivedDate: null,
  note: null,
  ...p,
});

// Kingston's agreement as seeds 003/004 give it: £27m subject to performance, £9m received in 2020-21,
// the £3m advance written off, £5m for 2021-22 implied by the monitoring table.
const kingston: Pick<
  SafetyValveAgreement,
  'startYear' | 'endYear' | 'payments' | 'totalFunding' | 'deficitProfile'
> = {
  startYear: '2020-21',
  endYear: '2025-26',
  totalFunding: pounds(27_000_000),
  deficitProfile: [{ year: '2021-22', maximum: pounds(28_607_000) }],
  payments: [
    payment({
      year: '2020-21',
      instalment: '2020-21 payment',
      planned: pounds(9_000_000),
      received: pounds(9_000_000),
    }),
    payment({
      year: '2020-21',
      instalment: '2018 advance written off',
      kind: 'writeOff',
      planned: pounds(3_000_000),
      received: pounds(3_000_000),
    }),
    payment({
      year: '2021-22',
      instalment: 'Q1',
      planned: pounds(1_250_000),
      received: pounds(1_000_000),
      withheld: pounds(250_000),
    }),
  ],
};

describe('Safety Valve agreement', () => {
  it('covers its years and no others', () => {
    expect(agreementYears(kingston)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
      '2025-26',
    ]);
    expect(agreementCovers(kingston, '2020-21')).toBe(true);
    expect(agreementCovers(kingston, '2025-26')).toBe(true);
    expect(agreementCovers(kingston, '2019-20')).toBe(false);
    expect(agreementCovers(kingston, '2026-27')).toBe(false);
  });

  it('totals instalments per year, keeping write-offs apart from the promised funding (seed 004 G: £9m + £3m = £12m benefit in 2020-21)', () => {
    const summary = paymentSummary(kingston);
    expect(summary.byYear[0]).toEqual({
      year: '2020-21',
      planned: pounds(9_000_000),
      received: pounds(9_000_000),
      withheld: 0,
      writtenOff: pounds(3_000_000),
    });
    expect(summary.byYear[1]).toEqual({
      year: '2021-22',
      planned: pounds(1_250_000),
      received: pounds(1_000_000),
      withheld: pounds(250_000),
      writtenOff: 0,
    });
    expect(summary.total).toEqual({
      planned: pounds(10_250_000),
      received: pounds(10_000_000),
      withheld: pounds(250_000),
    });
    expect(summary.byYear[0]!.received + summary.byYear[0]!.writtenOff).toBe(pounds(12_000_000));
    expect(summary.notYetProfiled).toBe(pounds(16_750_000));
    expect(paymentSummary({ ...kingston, totalFunding: null }).notYetProfiled).toBeNull();
  });

  it('gives the maximum deficit where the profile sets one, null where it is not held', () => {
    expect(maximumDeficit(kingston, '2021-22')).toBe(pounds(28_607_000));
    expect(maximumDeficit(kingston, '2022-23')).toBeNull();
  });
});
