import { describe, expect, it } from 'vitest';
import { registerChanges } from './changes';
import { aPlacement } from './testing';

describe('changes between two snapshots', () => {
  const same = aPlacement({ childId: 'SYN-A' });
  const leaving = aPlacement({ childId: 'SYN-B' });
  const topUpRise = aPlacement({ childId: 'SYN-C', topUp: 2_000_00 });
  const gone = aPlacement({ childId: 'SYN-E' });
  const alreadyEnded = aPlacement({ childId: 'SYN-X', endDate: '2021-01-31' });
  const march = [same, leaving, topUpRise, gone, alreadyEnded];
  const arrived = aPlacement({ childId: 'SYN-N', startDate: '2021-04-12', topUp: 5_000_00 });
  const may = [
    same,
    { ...leaving, endDate: '2021-04-30' },
    { ...topUpRise, topUp: 3_000_00 },
    arrived,
    alreadyEnded,
  ];

  const changes = registerChanges(march, '2021-03-31', may, '2021-05-31');

  it('finds new placements, ceased ones (ended or gone) and cost changes', () => {
    expect(changes.added.map((p) => p.childId)).toEqual(['SYN-N']);
    expect(changes.ceased.map((p) => p.childId)).toEqual(['SYN-B', 'SYN-E']);
    expect(changes.costChanges.map((c) => [c.after.childId, c.annualCostChange])).toEqual([
      ['SYN-C', 1_000_00],
    ]);
  });

  it('gives the full-year effect: new £15,000 - ceased £24,000 + £1,000 of rate changes', () => {
    expect(changes.fullYearEffect).toEqual({
      added: 15_000_00,
      ceased: 24_000_00,
      costChanges: 1_000_00,
      net: -8_000_00,
    });
  });

  it('reports nothing for the same register twice', () => {
    const none = registerChanges(march, '2021-03-31', march, '2021-03-31');
    expect([none.added.length, none.ceased.length, none.costChanges.length, none.fullYearEffect.net]).toEqual(
      [0, 0, 0, 0],
    );
  });
});
