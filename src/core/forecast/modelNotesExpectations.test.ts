// MODEL-NOTES §4.1: witan.send's own deterministic test expectations on its demo data (prepare_test.clj),
// reproduced to the last digit where the notes give the double, as witan-compatible estimation must.
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
  moverDirichletRows,
} from './parameterTables';

const DEMO = ['fixtures', 'witan-send-demo'];

describe.skipIf(!sharedAvailable(...DEMO))(
  `MODEL-NOTES §4.1 expectations on the witan.send demo${needsShared(...DEMO)}`,
  () => {
    let parameters: ModelParameters;
    beforeAll(() => {
      const folder = readWitanFolder(sharedPath(...DEMO), { joinerPopulationYear: 'transition-start' });
      if (!folder.ok) throw new Error(JSON.stringify(folder.errors.slice(0, 5)));
      parameters = estimateParameters(folder.data.inputs, witanOptions);
    });
    const cellBeta = (
      rows: ReturnType<typeof leaverBetaRows>,
      ncy: number,
      need: string,
      setting: string,
    ) => {
      const row = rows.find((r) => r.ncy === ncy && r.need === need && r.setting === setting);
      return row && [row.alpha, row.beta];
    };

    it('seed year 2017 and an initial SEND population of 2,153', () => {
      expect(parameters.seedYear).toBe(2017);
      expect(initialPopulationRows(parameters).reduce((sum, row) => sum + row.population, 0)).toBe(2153);
      expect(parameters.projectionYears).toEqual([2018, 2019, 2020, 2021, 2022]);
    });
    it('leaver Beta at NCY 6, Y-F (9.5/548 prior, 0 leavers and 13 stayers in the cell)', () => {
      expect(cellBeta(leaverBetaRows(parameters), 6, 'Y', 'F')).toEqual([
        0.017335766423357664, 13.982664233576642,
      ]);
    });
    it.each([
      [2, 'W', 'O', 0.053125, 0.946875],
      [16, 'Y', 'S', 0.08333333333333333, 2.9166666666666665],
      [-1, 'W', 'P', 0.2650862068965517, 0.7349137931034483],
      [15, 'W', 'M', 0.22413793103448276, 0.7758620689655172],
      [10, 'X', 'I', 1.0791433891992552, 7.920856610800745],
    ])('mover Beta at NCY %s, %s-%s', (ncy, need, setting, alpha, beta) => {
      expect(cellBeta(moverBetaRows(parameters), ncy, need, setting)).toEqual([alpha, beta]);
    });
    it('mover Dirichlet at NCY 15, U-E: S and J from the NCY-15 movers, 1/11 elsewhere, normalised by 76/11', () => {
      const rows = moverDirichletRows(parameters).filter(
        (r) => r.ncy === 15 && r.fromNeed === 'U' && r.fromSetting === 'E',
      );
      const alphas = Object.fromEntries(rows.map((r) => [`${r.need}-${r.setting}`, r.alpha]));
      const small = 0.013157894736842106;
      const expected = {
        'U-S': 0.5921052631578947,
        'U-J': 0.3026315789473684,
        'U-A': small,
        'U-B': small,
        'U-C': small,
        'U-D': small,
        'U-G': small,
        'U-I': small,
        'U-L': small,
        'U-N': small,
      };
      expect(Object.keys(alphas).sort()).toEqual(Object.keys(expected).sort());
      // The notes' figures are witan.send's sums in its own (hash-map) order: equal to within a rounding.
      for (const [state, alpha] of Object.entries(expected)) expect(alphas[state]).toBeCloseTo(alpha, 15);
    });
    it('joiner Dirichlet at NCY -1: 1/48 for each of the 48 valid states, plus 12 observed Y-B joiners', () => {
      const rows = joinerDirichletRows(parameters).filter((r) => r.ncy === -1);
      expect(rows).toHaveLength(48);
      const alpha = (need: string, setting: string) =>
        rows.find((r) => r.need === need && r.setting === setting)?.alpha;
      for (const [need, setting] of [
        ['V', 'F'],
        ['X', 'G'],
        ['T', 'R'],
        ['V', 'P'],
      ] as const)
        expect(alpha(need, setting)).toBe(0.020833333333333332);
      expect(alpha('Y', 'B')).toBe(12.020833333333334);
    });
    it.each([
      [5, 12, 26189 / 4],
      [14, 0.502, 29447 / 4],
      [16, 0.503, 9191],
      [10, 33 / 4, 11099 / 2],
    ])('joiner Beta at NCY %s', (ncy, alpha, beta) => {
      const row = joinerBetaRows(parameters).find((r) => r.ncy === ncy);
      expect(row?.alpha).toBeCloseTo(alpha, 12);
      expect(row?.beta).toBeCloseTo(beta, 9);
    });
  },
);
