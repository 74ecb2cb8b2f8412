import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printRange } from '../../cli/commands/nationalBacktestCommand';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { lookAheadCheck } from '../../testing/lookAhead';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { importNationalFile } from './importNationalData';
import { nationalScorecard, type NationalScorecard } from './nationalScorecard';
import { loadPublishedPanel } from './publishedPanel';

// The scorecard of every origin 2016-2024 on the DfE's releases in ../shared/data/dfe (the 2022 release,
// January 2010-2022, and the June 2025 release, January 2019-2025): the figures quoted in
// docs/national-forecast.md, asserted exactly so that a change that makes the forecasts worse fails
// here. Reproduce with `highneeds national backtest --origin 2016..2024 --horizon 3`.

const DATA = ['data', 'dfe'];
const cli: Actor = { kind: 'system', label: 'scorecard test' };

describe.skipIf(!sharedAvailable(...DATA))(
  `the scorecard of origins 2016-2024${needsShared(...DATA)}`,
  () => {
    let t: TestContext;
    let s: NationalScorecard;

    beforeAll(async () => {
      t = await openTestContext();
      for (const file of ['ehcp-statistics-2022.zip', 'ehcp-statistics-2025.zip'])
        await importNationalFile(t.ctx, cli, {
          name: file,
          bytes: new Uint8Array(fs.readFileSync(sharedPath(...DATA, file))),
        });
      s = await nationalScorecard(t.ctx, cli, { from: 2016, to: 2024, horizon: 3 });
    }, 600_000);
    afterAll(async () => t.database.close());

    it('the chosen method against the best naive baseline at every origin and horizon (median APE, %)', () => {
      // origin, h, the method chosen there (on earlier origins only), its median APE, mean APE, median
      // signed error, the best naive baseline there and its median APE, and whether the chosen beat all four.
      expect(
        s.summary.map((r) => [
          r.origin,
          r.h,
          r.chosen,
          r.medianApe,
          r.meanApe,
          r.medianSignedError,
          r.bestNaive.method,
          r.bestNaive.medianApe,
          r.beatsEveryNaive,
        ]),
      ).toEqual([
        [2016, 1, 'shrinkToEngland', 5.1, 6.25, -4.66, 'lastGrowth', 5.53, true],
        [2016, 2, 'shrinkToEngland', 12.64, 13.14, -12.56, 'lastGrowth', 9.84, false],
        [2016, 3, 'lastGrowth', 13.87, 18.34, -9.2, 'lastGrowth', 13.87, false],
        [2017, 1, 'shrinkToEngland', 3.99, 5.12, 1.68, 'lastGrowth', 4.25, true],
        [2017, 2, 'shrinkToEngland', 5.53, 7.06, 2.93, 'averageGrowth3', 7.63, true],
        [2017, 3, 'shrinkToEngland', 9.3, 10.88, 5.86, 'averageGrowth3', 9.67, true],
        [2018, 1, 'shrinkToEngland', 3.22, 4.46, 0.89, 'lastGrowth', 3.38, true],
        [2018, 2, 'pooledRegression', 5.63, 7.04, 2.4, 'averageGrowth3', 6.72, true],
        [2018, 3, 'shrinkToEngland', 7.78, 10.49, 3.87, 'averageGrowth3', 10.4, true],
        [2019, 1, 'ensemble', 3, 3.83, 1.26, 'lastGrowth', 3.7, true],
        [2019, 2, 'pooledRegression', 5.36, 6.65, 1.86, 'lastGrowth', 7.05, true],
        [2019, 3, 'pooledRegression', 7.7, 8.42, 3.16, 'linearTrend', 8.98, true],
        [2020, 1, 'ensemble', 2.42, 3.2, 0.38, 'averageGrowth3', 2.93, true],
        [2020, 2, 'pooledRegression', 4.79, 5.95, 1.59, 'linearTrend', 5.74, true],
        [2020, 3, 'ensemble', 6.74, 8.29, 4.46, 'linearTrend', 7.38, true],
        [2021, 1, 'ensemble', 2.19, 2.65, 0.14, 'averageGrowth3', 2.87, true],
        [2021, 2, 'pooledRegression', 4.81, 5.65, 2.01, 'averageGrowth3', 5.56, true],
        [2021, 3, 'ensemble', 5.54, 7.15, -0.06, 'averageGrowth3', 8.27, true],
        [2022, 1, 'ensemble', 2.98, 3.66, 1.22, 'averageGrowth3', 3.02, true],
        [2022, 2, 'ensemble', 4.54, 5.66, -0.6, 'lastGrowth', 6.18, true],
        [2022, 3, 'ensemble', 6.22, 8.32, -1.32, 'lastGrowth', 8.99, true],
        [2023, 1, 'ensemble', 2.8, 3.87, -0.99, 'averageGrowth3', 3.73, true],
        [2023, 2, 'ensemble', 5.62, 7.32, -1.4, 'lastGrowth', 7.1, true],
        [2024, 1, 'ensemble', 2.31, 4.58, 0.52, 'lastGrowth', 3.36, true],
      ]);
    });

    it('meets the targets of issue 12 where it says it does', () => {
      // Every horizon of every origin 2017-2024 beats every naive baseline on median APE.
      expect(s.summary.filter((r) => r.origin >= 2017 && !r.beatsEveryNaive)).toEqual([]);
      // Origin 2022: at most about 3.0 / 4.8 / 6.5%.
      const at2022 = s.summary.filter((r) => r.origin === 2022).map((r) => r.medianApe ?? Infinity);
      expect(at2022[0]).toBeLessThanOrEqual(3.0);
      expect(at2022[1]).toBeLessThanOrEqual(4.8);
      expect(at2022[2]).toBeLessThanOrEqual(6.5);
    });

    it('80% intervals hold 75-92% of councils at origins 2020-2024 but one cell (2021, one year: 92.5%)', () => {
      // Issue 12's target, and the share inside the chosen method's 80% / 95% intervals at every origin
      // 2017-2024 and horizon (docs/national-forecast.md, "Calibrating the intervals"). Before the
      // calibration of the method chosen there, centred where that held nearer 80% at earlier origins,
      // three cells were above 92%: 2021 one year (93.8%), 2021 three years (94.5%), 2022 three years (93.1%).
      const cover = s.summary
        .filter((r) => r.origin >= 2017)
        .map((r) => [r.origin, r.h, r.coverage80, r.coverage95]);
      expect(cover).toEqual([
        [2017, 1, 0.632, 0.934],
        [2017, 2, 0.441, 0.849],
        [2017, 3, 0.248, 0.584],
        [2018, 1, 0.849, 0.928],
        [2018, 2, 0.443, 0.839],
        [2018, 3, 0.262, 0.638],
        [2019, 1, 0.859, 0.966],
        [2019, 2, 0.772, 0.98],
        [2019, 3, 0.831, 0.98],
        [2020, 1, 0.912, 0.973],
        [2020, 2, 0.842, 0.979],
        [2020, 3, 0.842, 1],
        [2021, 1, 0.925, 0.986],
        [2021, 2, 0.849, 0.986],
        [2021, 3, 0.89, 1],
        [2022, 1, 0.822, 0.979],
        [2022, 2, 0.869, 0.979],
        [2022, 3, 0.814, 0.986],
        [2023, 1, 0.784, 0.946],
        [2023, 2, 0.797, 0.966],
        [2024, 1, 0.856, 0.952],
      ]);
      const outside = s.summary
        .filter(
          (r) => r.origin >= 2020 && !(r.coverage80 !== null && r.coverage80 >= 0.75 && r.coverage80 <= 0.92),
        )
        .map((r) => [r.origin, r.h, r.coverage80]);
      expect(outside).toEqual([[2021, 1, 0.925]]);
      // Every 95% interval from 2019 holds at least 94% of councils.
      expect(s.summary.filter((r) => r.origin >= 2019 && (r.coverage95 ?? 0) < 0.94)).toEqual([]);
    });

    it('bootstraps the difference from the best naive baseline over councils, reproducibly from the seed', () => {
      const boot = (o: number, h: number) => s.summary.find((r) => r.origin === o && r.h === h)?.difference;
      // A win that holds in 95% of resamples, and one that does not (origin 2022, one year: 2.98 vs 3.02).
      expect(boot(2021, 1)).toEqual({ value: -0.69, lo95: -1.35, hi95: -0.24 });
      expect(boot(2022, 1)).toEqual({ value: -0.04, lo95: -0.64, hi95: 0.66 });
      expect(s.origins.find((o) => o.origin === 2022)?.bootstrap[0]).toMatchObject({
        seed: 1,
        resamples: 1000,
      });
    });

    it('reports the data traps as findings: the Yorkshire regional total, Newham 2025, the reorganisations', () => {
      const messages = s.findings.map((f) => f.message);
      expect(messages).toContain(
        "15 of Yorkshire and The Humber's 15 councils are given Yorkshire and The Humber's own 2022 total of new plans, 6,078, as their figure (Barnsley, Doncaster, Rotherham, Sheffield, Bradford, Calderdale, Kirklees, Leeds, Wakefield, Kingston upon Hull, City of, East Riding of Yorkshire, North East Lincolnshire, North Lincolnshire, North Yorkshire, York): read as unknown.",
      );
      expect(messages).toContain(
        'Newham: 2,705 plans in January 2024, 1,199 in January 2025 (-56%), a break in the series no method can foresee.',
      );
      expect(s.findings.filter((f) => f.kind === 'reorganised').map((f) => f.name)).toEqual([
        'Dorset',
        'Bournemouth, Christchurch and Poole',
        'North Northamptonshire',
        'West Northamptonshire',
        'Cumberland',
        'Westmorland and Furness',
      ]);
    });

    it('lists the largest errors with their reasons: Newham first', () => {
      const top = s.largestErrors.filter((e) => e.h === 1).slice(0, 3);
      expect(top.map((e) => [e.name, e.origin, e.year, e.forecast, e.actual, e.percentError])).toEqual([
        ['Newham', 2024, 2025, 2992, 1199, 149.56],
        ['City of London', 2017, 2018, 18, 13, 40.51],
        ['Nottingham', 2024, 2025, 2536, 1909, 32.87],
      ]);
      expect(top.map((e) => e.reason)).toEqual([
        'Newham: 2,705 plans in January 2024, 1,199 in January 2025 (-56%), a break in the series no method can foresee.',
        'A very small council (15 plans in January 2017): one plan is 6.7% of it.',
        'The forecast started from a sudden change: Nottingham: 1,371 plans in January 2023, 2,115 in January 2024 (+54%), a break in the series no method can foresee.',
      ]);
    });

    it('gives accuracy by council size: the smallest third is forecast less well one year ahead', () => {
      const h1 = s.bySize.filter((r) => r.h === 1 && r.method === 'chosen');
      expect(h1.map((r) => [r.group, r.n, r.medianApe])).toEqual([
        ['smallest third', 449, 3.31],
        ['middle third', 448, 3.24],
        ['largest third', 441, 2.78],
      ]);
    });

    it('prints every origin, the summary, sizes, largest errors and findings as tables', () => {
      const lines: string[] = [];
      printRange(s, {
        out: (l) => lines.push(l),
        err: () => {},
        readStdin: () => Promise.resolve(''),
        env: {},
      });
      const text = lines.join('\n');
      expect(text).toContain('Back-test from January 2016: ');
      expect(text).toContain('Back-test from January 2024: ');
      expect(text).toMatch(
        /^\s+2022\s+3\s+145\s+ensemble\s+6\.22%\s+8\.32%\s+-1\.32%\s+81\.4%\s+98\.6%\s+lastGrowth\s+8\.99%\s+-2\.76 \(-4\.82 to 0\.09\)\s+yes$/m,
      );
      expect(text).toContain('Reconciliation findings:');
    });

    it('uses nothing published after each origin: rebuilt from the published-only view, every decision is the same', async () => {
      const { panel } = await loadPublishedPanel(t.ctx.db);
      const origins = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
      const { compared, mismatches } = lookAheadCheck(panel, origins, 3);
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(200_000);
    }, 600_000);
  },
);
