import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidStates } from './readValidStates';

describe('readValidStates', () => {
  it('reads each setting with its range, needs and destinations', () => {
    const result = readValidStates(
      'setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting\nA,group1,-3,15,"T,U","A,B"\nB,group2,0,6,T,A\n',
    );
    expect(result).toEqual({
      ok: true,
      data: [
        {
          row: 2,
          setting: 'A',
          settingGroup: 'group1',
          minNcy: -3,
          maxNcy: 15,
          needs: ['T', 'U'],
          destinations: ['A', 'B'],
        },
        {
          row: 3,
          setting: 'B',
          settingGroup: 'group2',
          minNcy: 0,
          maxNcy: 6,
          needs: ['T'],
          destinations: ['A'],
        },
      ],
    });
  });
  it('reports empty ranges, duplicate and NONSEND settings, blank list items and unknown destinations', () => {
    const result = readValidStates(
      fs.readFileSync(path.join(import.meta.dirname, 'testdata', 'bad', 'valid-states.csv'), 'utf8'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'setting->setting',
          value: 'MS,SP,XX',
          message: 'names SP, XX, which no row of valid-states.csv describes',
        },
        {
          row: 3,
          column: 'max-academic-year',
          value: '13',
          message: "'13' is below min-academic-year (14): the setting would have no valid states",
        },
        { row: 4, column: 'setting', value: 'MS', message: 'setting MS is already described in row 2' },
        {
          row: 5,
          column: 'setting',
          value: 'NONSEND',
          message: 'NONSEND is not a setting: it means "not in the EHCP population"',
        },
        {
          row: 6,
          column: 'needs',
          value: 'ASD,,SEMH',
          message: 'must be a comma-separated list of codes with no blanks',
        },
      ],
    });
  });
});
