import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../forecast/forecastOptions';
import type { Mitigation } from './mitigation';
import { applyWhatIf } from './whatIf';

const places: Mitigation = {
  id: 'local-places',
  name: 'Local special places',
  workstream: 'Local provision',
  owner: 'Head of commissioning',
  startYear: '2026-27',
  phaseIn: [1],
  changes: [{ type: 'cap', setting: 'ISP', places: 40, excess: 'redirect', to: 'MSP' }],
};
const banding: Mitigation = {
  ...places,
  id: 'banding',
  name: 'Banding',
  changes: undefined,
  amounts: { '2026-27': 1 },
};

describe('what-ifs on top of the mitigated plan', () => {
  it('scales joiners for more requests or a higher conversion', () => {
    const plan = applyWhatIf(defaultOptions, [places], { kind: 'requests', percent: 10 });
    expect(plan.options.scenario!.changes).toEqual([
      { type: 'multiply-joiners', factor: 1.1, note: 'what-if: requests +10%' },
    ]);
    const lower = applyWhatIf(defaultOptions, [places], { kind: 'conversion', percent: -5 });
    expect(lower.options.scenario!.changes[0]).toMatchObject({ factor: 0.95 });
  });

  it("delays one mitigation's expansion by a year and leaves the others", () => {
    const plan = applyWhatIf(defaultOptions, [places, banding], {
      kind: 'expansionLate',
      mitigation: 'local-places',
    });
    expect(plan.mitigations.map((m) => m.startYear)).toEqual(['2027-28', '2026-27']);
    expect(() =>
      applyWhatIf(defaultOptions, [banding], { kind: 'expansionLate', mitigation: 'banding' }),
    ).toThrow("'Banding' is money-only: it has no expansion to delay");
  });

  it('sets a cost inflation rate', () => {
    expect(applyWhatIf(defaultOptions, [], { kind: 'costInflation', percent: 4 }).options.costInflation).toBe(
      0.04,
    );
  });
});
