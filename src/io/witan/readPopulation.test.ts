import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPopulation } from './readPopulation';

describe('readPopulation', () => {
  it('reads whole and fractional populations (projections have decimals)', () => {
    expect(readPopulation('calendar-year,academic-year,population\n2019,-5,9618\n2019,-4,9398.4\n')).toEqual({
      ok: true,
      data: [
        { row: 2, calendarYear: 2019, ncy: -5, population: 9618 },
        { row: 3, calendarYear: 2019, ncy: -4, population: 9398.4 },
      ],
    });
  });
  it('reports duplicates, negatives and non-numbers', () => {
    const result = readPopulation(
      fs.readFileSync(path.join(import.meta.dirname, 'testdata', 'bad', 'population.csv'), 'utf8'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 3,
          column: 'academic-year',
          value: '3',
          message: 'calendar year 2019, NCY 3 is already given in row 2',
        },
        { row: 4, column: 'population', value: '-5', message: "'-5' must be 0 or more" },
        { row: 5, column: 'population', value: 'lots', message: "'lots' is not a number" },
      ],
    });
  });

  it('refuses a population of 1e308 (issue 16): at most 100 million, core/inputs', () => {
    const result = readPopulation('calendar-year,academic-year,population\n2019,1,1e308\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'population', value: '1e308', message: "'1e308' must be 100,000,000 or less" },
      ],
    });
  });
});
