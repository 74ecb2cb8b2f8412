// witan.send's golden parameter files (../shared/fixtures/witan-send-demo, v1.7.0, 1,464 valid cells)
// against our witan-compatible estimation, every row. joiners_dirichlet_expectations.csv is written as
// doubles and must agree to 1e-12 (relative); the Beta files were written by witan.send as 32-bit floats
// (e.g. 0.055555556), so there "floating-point precision" means our double rounds to the same float32.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWitanFolder } from '../../io/witan/readWitanFolder';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { witanOptions } from './forecastOptions';
import { estimateParameters, type ModelParameters } from './modelParameters';
import {
  initialPopulationRows,
  joinerBetaRows,
  joinerDirichletRows,
  leaverBetaRows,
  moverBetaRows,
} from './parameterTables';

const DEMO = ['fixtures', 'witan-send-demo'];
const golden = (file: string): Array<Record<string, string>> =>
  parse<Record<string, string>>(
    fs.readFileSync(sharedPath(...DEMO, 'golden-results-1000-sims-v1.7.0', file), 'utf8'),
    {
      columns: true,
    },
  );

function float32Mismatches(
  expected: Array<Record<string, string>>,
  actual: ReadonlyMap<string, object>,
  key: (row: Record<string, string>) => string,
  columns: string[],
): string[] {
  const problems: string[] = [];
  for (const row of expected) {
    const ours = actual.get(key(row)) as Record<string, number> | undefined;
    if (!ours) {
      problems.push(`${key(row)}: missing`);
      continue;
    }
    for (const column of columns) {
      if (Math.fround(ours[column] as number) !== Math.fround(Number(row[column])))
        problems.push(`${key(row)} ${column}: ${ours[column]} vs ${row[column]}`);
    }
  }
  if (actual.size !== expected.length)
    problems.push(`${actual.size} rows, golden file has ${expected.length}`);
  return problems;
}

const relativeError = (a: number, b: number): number =>
  Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe.skipIf(!sharedAvailable(...DEMO))(
  `witan.send demo parameters, witan-compatible mode${needsShared(...DEMO)}`,
  () => {
    let parameters: ModelParameters;
    beforeAll(() => {
      const folder = readWitanFolder(sharedPath(...DEMO), {
        joinerPopulationYear: witanOptions.joinerPopulationYear,
      });
      if (!folder.ok) throw new Error(JSON.stringify(folder.errors.slice(0, 5)));
      parameters = estimateParameters(folder.data.inputs, witanOptions);
    });
    const byCell = (row: { ay?: string; ncy?: number; need?: string; setting?: string }) =>
      `${row.ay ?? row.ncy}|${row.need}|${row.setting}`;

    it('leaver_beta_expectations.csv: all 1,464 rows (alpha, beta, expectation)', () => {
      const ours = new Map(leaverBetaRows(parameters).map((r) => [byCell(r), r]));
      expect(
        float32Mismatches(golden('leaver_beta_expectations.csv'), ours, byCell, [
          'alpha',
          'beta',
          'expectation',
        ]),
      ).toEqual([]);
      expect(ours.size).toBe(1464);
    });
    it('mover_beta_expectations.csv: all 1,464 rows', () => {
      const ours = new Map(moverBetaRows(parameters).map((r) => [byCell(r), r]));
      expect(
        float32Mismatches(golden('mover_beta_expectations.csv'), ours, byCell, [
          'alpha',
          'beta',
          'expectation',
        ]),
      ).toEqual([]);
    });
    it('joiner_beta_expectations.csv: all 23 NCYs', () => {
      const ours = new Map(joinerBetaRows(parameters).map((r) => [String(r.ncy), r]));
      expect(
        float32Mismatches(golden('joiner_beta_expectations.csv'), ours, (row) => String(row.ay), [
          'alpha',
          'beta',
          'expectation',
        ]),
      ).toEqual([]);
      expect(ours.size).toBe(23);
    });
    it('joiners_dirichlet_expectations.csv: all 1,464 rows to 1e-12 (relative)', () => {
      const expected = golden('joiners_dirichlet_expectations.csv');
      const ours = new Map(joinerDirichletRows(parameters).map((r) => [byCell(r), r]));
      expect(ours.size).toBe(expected.length);
      let worst = 0;
      for (const row of expected) {
        const mine = ours.get(byCell(row));
        expect(mine, byCell(row)).toBeDefined();
        worst = Math.max(
          worst,
          relativeError(mine!.alpha, Number(row.alpha)),
          relativeError(mine!.expectation, Number(row.expectation)),
          relativeError(mine!.normalisationConstant, Number(row['normalisation-constant'])),
        );
      }
      expect(worst).toBeLessThan(1e-12);
    });
    it('initial_population_state.csv: every cell, 2,153 pupils', () => {
      const expected = golden('initial_population_state.csv');
      const ours = initialPopulationRows(parameters);
      expect(new Map(ours.map((r) => [byCell(r), r.population]))).toEqual(
        new Map(expected.map((row) => [byCell(row), Number(row.pop)])),
      );
      expect(ours.reduce((sum, r) => sum + r.population, 0)).toBe(2153);
    });
  },
);
