import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './readConfig';

describe('readConfig', () => {
  it('reads file inputs and projection parameters from a witan.send config', () => {
    const result = readConfig(
      fs.readFileSync(path.join(import.meta.dirname, 'testdata', 'good', 'config.edn'), 'utf8'),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        files: {
          transitions: 'data/transitions.csv',
          population: 'data/population.csv',
          costs: 'data/costs.csv',
          validStates: 'data/valid-states.csv',
        },
        randomSeed: 50,
        simulations: 10,
        notApplied: [],
      },
    });
  });
  it('lists scenario settings it does not apply, so a run can say it is the baseline', () => {
    const result = readConfig(
      '{:transition-parameters {:transitions-to-change [{:setting-2 :A :modify-transition-by 2}] :filter-transitions-from nil}}',
    );
    expect(result.ok && result.data.notApplied).toEqual([':transition-parameters :transitions-to-change']);
    expect(result.ok && result.data.files.transitions).toBe('transitions.csv');
  });
  it('reports values it cannot use', () => {
    expect(
      readConfig('{:projection-parameters {:simulations 0 :random-seed "x"} :file-inputs {:costs 3}}'),
    ).toMatchObject({
      ok: false,
      errors: [
        { column: ':file-inputs :costs' },
        { column: ':projection-parameters :random-seed' },
        { column: ':projection-parameters :simulations' },
      ],
    });
    expect(readConfig('{:a')).toMatchObject({
      ok: false,
      errors: [{ row: 1, message: expect.stringContaining('not readable as EDN') as string }],
    });
  });
});
