import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, seedText, sharedAvailable } from '../../testing/shared';
import { kingstonDemoDir, kingstonPlanFiles } from '../../io/financialModel/demoFiles';
import { kingstonSavingsDeliveryFile } from '../savings/demo';
import { kingstonAgreementFile, kingstonReturnFile } from './demo';

interface AgreementFile {
  agreement: {
    conditions: Array<{ number: string; title: string }>;
    deficitProfile: Array<{ year: string; maximum: number }>;
    payments: Array<{ year: string; kind?: string; planned?: number; received?: number }>;
    totalFunding: number;
  };
}
interface ReturnFile {
  return: {
    conditions: Array<{
      number: string;
      assurance: string;
      savingsAchieved?: number;
      savingsTarget?: number;
    }>;
    partnerContributions: Array<{ partner: string; change: number }>;
    appendices: Array<{ letter: string; title: string }>;
    dataDate: string;
    dateSubmitted: string;
  };
}
const agreement = (JSON.parse(fs.readFileSync(kingstonAgreementFile, 'utf8')) as AgreementFile).agreement;
const quarter = (JSON.parse(fs.readFileSync(kingstonReturnFile, 'utf8')) as ReturnFile).return;

/** Seed text with its markup removed and white space collapsed, so printed titles can be found in it. */
function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, ' ')
    .replace(/\s+/g, ' ');
}

describe.skipIf(!sharedAvailable('seeds'))(
  `Kingston's Safety Valve demo files against the seeds${needsShared('seeds')}`,
  () => {
    const seed003 = () => plain(seedText('003'));

    it('has every condition title exactly as seed 003 prints it, with its assurance level', () => {
      const text = seed003();
      expect(agreement.conditions.map((c) => c.number)).toEqual([
        '2',
        '3.1',
        '3.2',
        '3.3',
        '3.4',
        '3.5',
        '3.6',
        '3.7',
        '3.8',
      ]);
      for (const c of agreement.conditions) {
        const level = quarter.conditions.find((q) => q.number === c.number)!.assurance;
        expect(text).toContain(`Condition ${c.number}: ${c.title} ${level}`);
      }
    });

    it('has the published figures: 2021-22 maximum £28,607,000 (seed 003), £27m, £9m and the £3m write-off (seed 004 G), £17m cumulative by 2021-22 (seed 003 monitoring table)', () => {
      expect(seed003()).toContain('£28,607,000');
      expect(agreement.deficitProfile).toEqual([{ year: '2021-22', maximum: 28_607_000 }]);
      const g = plain(seedText('004'));
      expect(g).toContain(
        'a total of £27 million will be paid (final payment in 2024/25), and a £3 million advance',
      );
      expect(g).toContain('The council received £9 million of the money in the financial year 2020/21');
      expect(agreement.totalFunding).toBe(27_000_000);
      const cumulative = agreement.payments.reduce((sum, p) => sum + (p.planned ?? 0), 0);
      // 28.607 - 11.607 in seed 003's monitoring table (cumulative before / after max safety valve).
      expect(seed003()).toMatch(
        /cumulative before safety valve 28\.607 27\.886 -0\.721 G Net DSG deficit - cumulative after max safety valve 11\.607/,
      );
      expect(cumulative).toBe(28_607_000 - 11_607_000);
    });

    it('has the savings against target, partner contributions and appendices of seed 003', () => {
      const text = seed003();
      // The return holds no savings figures: they are drawn from the delivery log and the agreed model.
      expect(quarter.conditions.every((c) => c.savingsAchieved === undefined)).toBe(true);
      const delivery = JSON.parse(fs.readFileSync(kingstonSavingsDeliveryFile, 'utf8')) as {
        lines: Array<{ lineKey: string; delivered: number }>;
        conditions: Record<string, string[]>;
      };
      const model = JSON.parse(
        fs.readFileSync(
          path.join(kingstonDemoDir, `${kingstonPlanFiles.safetyValveAgreement2021}.json`),
          'utf8',
        ),
      ) as {
        lines: Array<{ id: string; amounts: Record<string, number> }>;
      };
      const sum = (keys: string[], of: (k: string) => number) => keys.reduce((t, k) => t + of(k), 0);
      const savings = Object.entries(delivery.conditions).map(([n, keys]) => [
        n,
        sum(keys, (k) => delivery.lines.find((l) => l.lineKey === k)!.delivered),
        sum(keys, (k) => model.lines.find((l) => l.id === k)!.amounts['2021-22']!),
      ]);
      expect(savings).toEqual([
        ['3.2', 139_000, 191_000],
        ['3.4', 107_000, 351_000],
        ['3.7', 46_000, 120_000],
      ]);
      expect(text).toContain('£139k of £191k in cost mitigations');
      expect(text).toContain(
        '£107k of commissioning savings have been identified to date compared to a target of £351k',
      );
      expect(text).toContain('£46k of the £120k savings target');
      for (const p of quarter.partnerContributions)
        expect(text).toContain(`${p.partner} ${p.change < 0 ? '-' : '+'}£${Math.abs(p.change) / 1000}k`);
      expect(text).toContain('Total -£160k');
      for (const a of quarter.appendices) expect(text).toContain(`Appendix ${a.letter} - ${a.title}`);
      expect(text).toContain('Date Submitted 18th June 2021');
      expect([quarter.dateSubmitted, quarter.dataDate]).toEqual(['2021-06-18', '2021-05-31']);
    });
  },
);
