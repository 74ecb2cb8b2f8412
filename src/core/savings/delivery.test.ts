import { describe, expect, it } from 'vitest';
import { kingstonTolerance, type PlanLine } from '../finance';
import { deliveryOfLines, savingsDelivery, type DeliveryEntry } from './delivery';

const line = (id: string, target: number, workstream = 'Local Provision', memo = false): PlanLine => ({
  id,
  kind: 'saving',
  label: id,
  links: { workstream },
  amounts: { '2021-22': target },
  ...(memo ? { memo } : {}),
});

// The agreed model's 2021-22 saving lines (seed 003, "Financial Model" column), in pence.
const plan = {
  lines: [
    line('srp', 7_100_000),
    line('vacant', 7_300_000),
    line('special', 4_700_000),
    line('post16', 12_000_000),
    line('commissioning', 35_100_000, 'Joint Commissioning'),
    line('travel', 1_000_000, 'Home to school travel', true),
  ],
};

const entry = (lineKey: string, asAt: string, delivered: number, forecast: number): DeliveryEntry => ({
  lineKey,
  financialYear: '2021-22',
  asAt,
  delivered,
  forecast,
  note: null,
});

// Delivered to 31 May 2021 as the May projection's saving lines give it (seed 003).
const entries = [
  entry('srp', '2021-04-30', 2_000_000, 7_100_000),
  entry('srp', '2021-05-31', 5_607_100, 7_100_000),
  entry('vacant', '2021-05-31', 4_107_100, 7_300_000),
  entry('special', '2021-05-31', 4_207_100, 4_700_000),
  entry('post16', '2021-05-31', 4_607_100, 12_000_000),
  entry('commissioning', '2021-05-31', 10_707_100, 30_000_000),
  entry('commissioning', '2021-06-30', 20_000_000, 35_100_000),
];

describe('savings delivery', () => {
  const delivery = savingsDelivery(plan, '2021-22', entries, '2021-05-31', kingstonTolerance);

  it('takes the latest entry on or before the date, and keeps the history up to it', () => {
    const srp = delivery.lines.find((l) => l.lineKey === 'srp')!;
    expect(srp).toMatchObject({
      target: 7_100_000,
      delivered: 5_607_100,
      reportedOn: '2021-05-31',
      rag: 'G',
    });
    expect(srp.history.map((h) => h.asAt)).toEqual(['2021-04-30', '2021-05-31']);
    const commissioning = delivery.lines.find((l) => l.lineKey === 'commissioning')!;
    expect(commissioning.delivered).toBe(10_707_100);
  });

  it('judges the forecast shortfall with the tolerance: £51,000 short is amber, on target is green', () => {
    expect(delivery.lines.find((l) => l.lineKey === 'commissioning')!.rag).toBe('A');
    expect(delivery.lines.find((l) => l.lineKey === 'post16')!.rag).toBe('G');
  });

  it('leaves memorandum lines out of the High Needs savings', () => {
    expect(delivery.lines.map((l) => l.lineKey)).not.toContain('travel');
    expect(delivery.total.target).toBe(66_200_000);
  });

  it("draws seed 003's condition 3.2 figure: £139k of £191k over the three provision lines", () => {
    const c = deliveryOfLines(delivery, ['srp', 'vacant', 'special']);
    expect(c.target).toBe(19_100_000);
    expect(c.achieved).toBe(13_921_300);
    expect(Math.round(c.achieved! / 100_000)).toBe(139);
  });

  it('reports nothing achieved (null, not £0) while no line of the set has a delivery', () => {
    const early = savingsDelivery(plan, '2021-22', entries, '2021-04-01', kingstonTolerance);
    expect(deliveryOfLines(early, ['post16'])).toEqual({
      achieved: null,
      target: 12_000_000,
      forecast: null,
      lines: ['post16'],
    });
    expect(early.lines.find((l) => l.lineKey === 'srp')!.rag).toBeNull();
  });
});
