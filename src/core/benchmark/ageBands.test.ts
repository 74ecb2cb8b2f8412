import { describe, expect, it } from 'vitest';
import { ageBandOfLabel, ageBandOfSingleYear } from './ageBands';

describe('age bands', () => {
  it('reads the 2022 release labels', () => {
    expect(
      ['Under 5', 'Age 5 to 10', 'Age 11 to 15', 'Age 16 to 19', 'Age 20 to 25', 'Total'].map(ageBandOfLabel),
    ).toEqual(['under5', '5to10', '11to15', '16to19', '20to25', undefined]);
  });

  it('puts single years of age (2025 release) into bands at the band edges', () => {
    const cases: [string, string | undefined][] = [
      ['under 3', 'under5'],
      ['age 4', 'under5'],
      ['age 5', '5to10'],
      ['age 10', '5to10'],
      ['age 11', '11to15'],
      ['age 15', '11to15'],
      ['age 16', '16to19'],
      ['age 19', '16to19'],
      ['age 20', '20to25'],
      ['age 25', '20to25'],
      ['age 26', undefined],
      ['Male', undefined],
    ];
    for (const [label, band] of cases) expect(ageBandOfSingleYear(label), label).toBe(band);
  });
});
