import { describe, expect, it } from 'vitest';
import { readPopulationFile } from './readPopulationFile';

describe('the population file', () => {
  it('reads ONS single years of age as NCYs of the same year (age 5 at mid-year is Reception)', () => {
    expect(readPopulationFile('calendar_year,age,population\n2025,5,2100\n2025,0,1900.5\n')).toEqual({
      ok: true,
      data: [
        { calendarYear: 2025, ncy: 0, population: 2100 },
        { calendarYear: 2025, ncy: -5, population: 1900.5 },
      ],
    });
  });

  it("reads witan.send's population.csv as it is", () => {
    expect(readPopulationFile('calendar-year,academic-year,population\n2025,0,2100\n')).toEqual({
      ok: true,
      data: [{ calendarYear: 2025, ncy: 0, population: 2100 }],
    });
  });

  it('lists every bad cell', () => {
    const read = readPopulationFile(
      'calendar_year,age,population\n2025,five,10\n2025,6,-1\n2025,7,1\n2025,7,2\n',
    );
    expect(read.ok ? [] : read.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'age'],
      [3, 'population'],
      [5, 'age'],
    ]);
  });
});
