import { describe, expect, it } from 'vitest';
import { mitigationProblems, phaseShare, phasedChanges, type Mitigation } from './mitigation';

const fewerJoiners: Mitigation = {
  id: 'early-help',
  name: 'Early help in mainstream',
  workstream: 'Early intervention',
  owner: 'Head of SEND',
  startYear: '2021-22',
  phaseIn: [0.25, 0.6, 1],
  changes: [{ type: 'multiply-joiners', factor: 0.8 }],
};

describe('a mitigation phased in', () => {
  it('starts with the January census of its start year and keeps its last phase', () => {
    // 2021-22 ends with the January 2022 census.
    expect([2021, 2022, 2023, 2024, 2025].map((y) => phaseShare(fewerJoiners, y))).toEqual([
      0, 0.25, 0.6, 1, 1,
    ]);
  });

  it('multiplies by part of the factor each year: 1 − 0.2 × phase, the last year open-ended', () => {
    expect(phasedChanges(fewerJoiners, [2021, 2022, 2023, 2024, 2025])).toEqual([
      { type: 'multiply-joiners', factor: 0.95, years: { from: 2022, until: 2022 } },
      { type: 'multiply-joiners', factor: 0.88, years: { from: 2023, until: 2023 } },
      { type: 'multiply-joiners', factor: 0.8, years: { from: 2024 } },
    ]);
  });

  it('redirects part of the share each year; moves placements and caps a setting in full from the start', () => {
    const local: Mitigation = {
      ...fewerJoiners,
      phaseIn: [0.5, 1],
      changes: [
        { type: 'redirect', what: 'joiners', from: 'ISP', to: 'MSP', share: 0.4, fromYear: 2000 },
        { type: 'redirect', what: 'placements', from: 'ISP', to: 'MSP', share: 0.1, fromYear: 2000 },
        { type: 'cap', setting: 'ISP', places: 40, excess: 'redirect', to: 'MSP' },
      ],
    };
    expect(phasedChanges(local, [2021, 2022, 2023, 2024])).toEqual([
      {
        type: 'redirect',
        what: 'joiners',
        from: 'ISP',
        to: 'MSP',
        share: 0.2,
        fromYear: 2022,
        untilYear: 2022,
      },
      { type: 'redirect', what: 'joiners', from: 'ISP', to: 'MSP', share: 0.4, fromYear: 2023 },
      { type: 'redirect', what: 'placements', from: 'ISP', to: 'MSP', share: 0.1, fromYear: 2022 },
      { type: 'cap', setting: 'ISP', places: 40, excess: 'redirect', to: 'MSP', years: { from: 2022 } },
    ]);
  });

  it('names what is wrong', () => {
    expect(
      mitigationProblems({
        ...fewerJoiners,
        id: 'Early Help',
        phaseIn: [0.6, 0.25, 1.5],
        amounts: { '2022-23': 1.5 },
      }),
    ).toEqual([
      'mitigation "Early help in mainstream": the id \'Early Help\' must be lower-case letters, digits and hyphens',
      'mitigation "Early help in mainstream": phase 2 (0.25) is below phase 1 (0.6); a phase-in only grows',
      'mitigation "Early help in mainstream": phase 3 is 1.5; a phase is a share of the full effect from 0 to 1',
      'mitigation "Early help in mainstream": give either forecast changes or money-only amounts per year, not both',
      'mitigation "Early help in mainstream", 2022-23: 1.5 is not an amount in pence',
    ]);
    expect(mitigationProblems(fewerJoiners)).toEqual([]);
  });
});
