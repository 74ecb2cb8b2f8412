import { describe, expect, it } from 'vitest';
import { waterfallBars } from '../../charts/waterfallChart';
import { bridgeSteps } from './bridgeSteps.ts';
import { changeInWords, phaseInWords } from './mitigationWords.ts';

describe('the reform plan in words', () => {
  it('says each scenario change kind as a finance officer would', () => {
    expect(changeInWords({ type: 'multiply-joiners', factor: 0.85, need: 'ASD' })).toBe(
      'Joiner rates −15% (ASD)',
    );
    expect(changeInWords({ type: 'multiply-rate', transition: 'leavers', factor: 1.05 })).toBe(
      'Leaver rates +5%',
    );
    expect(
      changeInWords({
        type: 'redirect',
        what: 'joiners',
        from: 'ISP',
        to: 'MSP',
        share: 0.3,
        fromYear: 2022,
      }),
    ).toBe('30% of new EHCPs from ISP go to MSP');
    expect(changeInWords({ type: 'cap', setting: 'ISP', places: 1200, excess: 'redirect', to: 'MSP' })).toBe(
      'ISP capped at 1,200 places, the rest to MSP',
    );
    expect(phaseInWords([0.25, 0.6, 1])).toBe('25%, 60%, 100%');
  });

  it('draws the bridge so the bars land on the mitigated cost and the in-year deficit', () => {
    // £10m unmitigated; savings £1m and £0.5m; £8m funding: mitigated £8.5m, in-year deficit £0.5m (pence).
    const column = {
      period: '2026-27',
      unmitigatedCost: 1_000_000_000,
      savings: [
        { id: 'a', name: 'Early help', saving: 100_000_000 },
        { id: 'b', name: 'Banding', saving: 50_000_000 },
      ],
      mitigatedCost: 850_000_000,
      funding: 800_000_000,
      inYearDeficit: 50_000_000,
      cumulativeDeficit: 50_000_000,
    };
    const bars = waterfallBars(bridgeSteps(column));
    expect(bars.map((b) => [b.label, b.from, b.to])).toEqual([
      ['Unmitigated cost', 0, 1_000_000_000],
      ['Early help', 1_000_000_000, 900_000_000],
      ['Banding', 900_000_000, 850_000_000],
      ['Mitigated cost', 0, 850_000_000],
      ['Funding', 850_000_000, 50_000_000],
      ['In-year deficit', 0, 50_000_000],
    ]);
  });
});
