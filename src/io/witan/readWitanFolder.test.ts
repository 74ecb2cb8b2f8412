import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { formatRowError, readWitanFolder } from './readWitanFolder';

const testdata = (...parts: string[]) => path.join(import.meta.dirname, 'testdata', ...parts);

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-witan-'));
  for (const name of ['transitions.csv', 'population.csv', 'costs.csv', 'valid-states.csv']) {
    fs.copyFileSync(testdata('good', 'data', name), path.join(dir, name));
  }
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('readWitanFolder', () => {
  it('reads the files its config.edn names, and warns about needs-settings with no cost', () => {
    const result = readWitanFolder(testdata('good'), { joinerPopulationYear: 'census' });
    if (!result.ok) throw new Error(result.errors.map(formatRowError).join('\n'));
    expect(result.data.inputs.validSettings.map((v) => v.setting)).toEqual(['MS', 'SP', 'FE']);
    expect(result.data.inputs.transitions.length).toBe(145);
    expect(result.data.config?.randomSeed).toBe(50);
    expect(result.data.warnings).toEqual([
      expect.stringMatching(
        /no cost for need SEMH in setting FE \(\d+ transitions end there\): counted as £0/,
      ),
    ]);
  });
  it('reads a folder without config.edn by the default file names', () => {
    const result = readWitanFolder(folderWith({}), { joinerPopulationYear: 'census' });
    expect(result.ok).toBe(true);
  });
  it('reports every file’s row errors at once, naming the file', () => {
    const dir = folderWith({});
    for (const name of ['transitions.csv', 'population.csv', 'valid-states.csv'])
      fs.copyFileSync(testdata('bad', name), path.join(dir, name));
    const result = readWitanFolder(dir, { joinerPopulationYear: 'census' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.errors.map((e) => path.basename(e.file)))).toEqual(
      new Set(['transitions.csv', 'population.csv', 'valid-states.csv']),
    );
    expect(result.errors).toHaveLength(6 + 3 + 5);
    expect(formatRowError(result.errors.find((e) => e.column === 'academic-year-1')!)).toBe(
      `${path.join(dir, 'transitions.csv')} row 3, column \`academic-year-1\`: 'three' is not a whole number`,
    );
  });
  it('checks the files against each other: unknown codes and missing population years', () => {
    const transitions =
      fs.readFileSync(testdata('good', 'data', 'transitions.csv'), 'utf8') + '2020,ZZ,ASD,3,MS,AUT,4\n';
    const population = fs
      .readFileSync(testdata('good', 'data', 'population.csv'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('2021,4,'))
      .join('\n');
    const result = readWitanFolder(folderWith({ 'transitions.csv': transitions }), {
      joinerPopulationYear: 'census',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
        [
          147,
          'setting-1',
          "setting 'ZZ' is not in " + result.errors[0]!.file.replace('transitions.csv', 'valid-states.csv'),
        ],
        [
          147,
          'need-2',
          "need 'AUT' is not in the needs column of " +
            result.errors[0]!.file.replace('transitions.csv', 'valid-states.csv'),
        ],
      ]);
    }
    const missing = readWitanFolder(folderWith({ 'population.csv': population }), {
      joinerPopulationYear: 'census',
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.errors.map(formatRowError)).toEqual([
        expect.stringMatching(
          /population\.csv, column `academic-year`: calendar year 2021 has no population for NCY 4 \(needed for the joiner rates of 2020 transitions\)$/,
        ),
      ]);
    // witan.send measures 2020 joiners against 2020's population, which is there, and 2021 is the seed year.
    expect(
      readWitanFolder(folderWith({ 'population.csv': population }), {
        joinerPopulationYear: 'transition-start',
      }).ok,
    ).toBe(true);
  });
  it('refuses a category mapping naming a setting valid-states.csv does not have, and warns about unmapped ones', () => {
    const dir = folderWith({ 'categories.csv': 'setting,category\nMS,mainstream\nXX,other\n' });
    const result = readWitanFolder(dir, {
      joinerPopulationYear: 'census',
      categories: path.join(dir, 'categories.csv'),
    });
    expect(result.ok ? [] : result.errors.map(formatRowError)).toEqual([
      `${path.join(dir, 'categories.csv')}, column \`setting\`: setting 'XX' is not in valid-states.csv`,
    ]);
    const partial = folderWith({ 'categories.csv': 'setting,category\nMS,mainstream\n' });
    const read = readWitanFolder(partial, {
      joinerPopulationYear: 'census',
      categories: path.join(partial, 'categories.csv'),
    });
    expect(read.ok && read.data.warnings).toContain(
      `${path.join(partial, 'categories.csv')}: no placement category for setting FE, SP: counted as 'unmapped'`,
    );
    expect(read.ok && read.data.inputs.settingCategories).toEqual({ MS: 'mainstream' });
  });
  it('says when the folder or a file does not exist', () => {
    expect(readWitanFolder('/nonexistent/witan', { joinerPopulationYear: 'census' })).toMatchObject({
      ok: false,
      errors: [{ message: 'the folder does not exist' }],
    });
    const dir = folderWith({});
    fs.rmSync(path.join(dir, 'costs.csv'));
    expect(readWitanFolder(dir, { joinerPopulationYear: 'census' })).toMatchObject({
      ok: false,
      errors: [{ message: 'cannot be read: the file does not exist' }],
    });
  });
});

const DEMO = ['fixtures', 'witan-send-demo'];
describe.skipIf(!sharedAvailable(...DEMO))(
  `readWitanFolder on the witan.send demo${needsShared(...DEMO)}`,
  () => {
    it('reads all of it without errors or warnings', () => {
      const result = readWitanFolder(sharedPath(...DEMO), { joinerPopulationYear: 'census' });
      if (!result.ok) throw new Error(result.errors.slice(0, 10).map(formatRowError).join('\n'));
      const { inputs, warnings, config } = result.data;
      // MODEL-NOTES §2: 8,351 transitions, 310 population rows, 19 settings; the config asks for seed 50, 10 simulations.
      expect([
        inputs.transitions.length,
        inputs.population.length,
        inputs.costs.length,
        inputs.validSettings.length,
      ]).toEqual([8351, 310, 88, 19]);
      expect(config).toMatchObject({ randomSeed: 50, simulations: 10, notApplied: [] });
      expect(inputs.costs.every((c) => c.costPence === 100000)).toBe(true);
      expect(warnings).toEqual([]);
    });
  },
);
