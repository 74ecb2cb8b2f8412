import { describe, expect, it } from 'vitest';
import { describeStatus, parseReturnPeriod, returnStatus, riskScore, type SignOff } from './quarterlyReturn';
import { assuranceSummary, partnerContributionTotal, ragSummary } from './summaries';
import { longDate } from './longDate';

const agreement = { startYear: '2020-21', endYear: '2025-26' };
const signed: SignOff = { userId: 1, email: 'a@b', name: 'A', at: '2021-06-18T09:00:00.000Z' };

describe('quarterly return', () => {
  it('reads a quarter the agreement covers and refuses months and quarters outside it', () => {
    expect(parseReturnPeriod('2021-22-Q1', agreement)).toEqual({
      period: '2021-22-Q1',
      financialYear: '2021-22',
      end: '2021-06-30',
    });
    expect(parseReturnPeriod('2025-26-Q4', agreement).end).toBe('2026-03-31');
    expect(() => parseReturnPeriod('2026-27-Q1', agreement)).toThrow(
      '2026-27-Q1 is outside the agreement, which covers 2020-21 to 2025-26',
    );
    expect(() => parseReturnPeriod('2019-20-Q4', agreement)).toThrow('outside the agreement');
    expect(() => parseReturnPeriod('2021-05', agreement)).toThrow(
      "'2021-05' is a month: a Safety Valve return is for a quarter, e.g. 2021-22-Q1",
    );
    expect(() => parseReturnPeriod('2021-23-Q1', agreement)).toThrow('is not a quarter of a financial year');
  });

  it('is draft, signed by one (awaiting the other) or locked', () => {
    expect(returnStatus({ s151SignOff: null, dcsSignOff: null })).toBe('draft');
    expect(returnStatus({ s151SignOff: signed, dcsSignOff: null })).toBe('signedByS151');
    expect(returnStatus({ s151SignOff: null, dcsSignOff: signed })).toBe('signedByDcs');
    expect(returnStatus({ s151SignOff: signed, dcsSignOff: signed })).toBe('locked');
    expect(describeStatus('signedByS151')).toBe(
      'signed by the S151 officer (awaiting the Director of Children’s Services)',
    );
  });

  it('scores a risk only when likelihood and impact are both scored', () => {
    expect(riskScore({ likelihood: 3, impact: 4 })).toBe(12);
    expect(riskScore({ likelihood: null, impact: 4 })).toBeNull();
  });

  it('counts conditions by assurance (seed 003: seven Good, two Medium, no Low) and KPIs by RAG', () => {
    const levels = ['Good', 'Good', 'Good', 'Good', 'Medium', 'Medium', 'Good', 'Good', 'Good'] as const;
    expect(assuranceSummary(levels.map((assurance) => ({ assurance })))).toEqual({
      Good: 7,
      Medium: 2,
      Low: 0,
      notAssessed: 0,
    });
    expect(assuranceSummary([{ assurance: null }, { assurance: 'Low' }])).toEqual({
      Good: 0,
      Medium: 0,
      Low: 1,
      notAssessed: 1,
    });
    expect(ragSummary([{ rag: 'G' }, { rag: 'A' }, { rag: 'A' }, { rag: null }])).toEqual({
      G: 1,
      A: 2,
      R: 0,
      none: 1,
    });
  });

  it('totals the partner contributions (seed 003 condition 3.5: -£111k -£75k -£43k +£69k = -£160k)', () => {
    expect(
      partnerContributionTotal([
        { partner: 'a', change: -11_100_000 },
        { partner: 'b', change: -7_500_000 },
        { partner: 'c', change: -4_300_000 },
        { partner: 'd', change: 6_900_000 },
      ]),
    ).toBe(-16_000_000);
  });

  it('writes dates as council documents do', () => {
    expect(longDate('2021-06-18')).toBe('18 June 2021');
    expect(longDate('2021-05-31')).toBe('31 May 2021');
  });
});
