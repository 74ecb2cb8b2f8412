import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCosts } from './readCosts';

describe('readCosts', () => {
  it('reads costs as pence, rounding witan.send floating-point pounds to the penny', () => {
    const result = readCosts('need,setting,cost\nU,G,1000.0\nT,D,"12,500.50"\nX,A,1234.5678\nY,B,0.125\n');
    expect(result.ok && result.data.map((c) => c.costPence)).toEqual([100000, 1250050, 123457, 13]);
  });
  it('reports negative costs, amounts that are not amounts, and duplicates', () => {
    const result = readCosts(
      fs.readFileSync(path.join(import.meta.dirname, 'testdata', 'bad', 'costs.csv'), 'utf8'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'cost',
          value: '-100',
          message: "'-100' is negative: a cost per EHCP must be 0 or more",
        },
        { row: 3, column: '', value: 'ASD,SP,12,5OO', message: 'has 4 cells but the header has 3' },
        { row: 4, column: 'cost', value: '12,5OO', message: "'12,5OO' is not an amount" },
        {
          row: 6,
          column: 'setting',
          value: 'MS',
          message: 'need ASD in setting MS already has a cost in row 5',
        },
      ],
    });
  });
  it("reads an optional academic-year column: a cost for one NCY over the need and setting's cost", () => {
    const result = readCosts(
      'need,setting,cost,academic-year\nASD,MS,1000,\nASD,MS,1500,12\nASD,MS,1600,12\nSEMH,SP,9,twelve\n',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 4,
          column: 'setting',
          value: 'MS',
          message: 'need ASD in setting MS at NCY 12 already has a cost in row 3',
        },
        { row: 5, column: 'academic-year', value: 'twelve', message: "'twelve' is not a whole number" },
      ],
    });
    const good = readCosts('need,setting,cost,academic-year\nASD,MS,1000,\nASD,MS,1500,12\n');
    expect(good.ok && good.data).toEqual([
      { row: 2, need: 'ASD', setting: 'MS', costPence: 100000 },
      { row: 3, need: 'ASD', setting: 'MS', costPence: 150000, ncy: 12 },
    ]);
  });
});
