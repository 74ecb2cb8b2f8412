import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageBands } from '../../core/benchmark/ageBands';
import { backtestCouncil, forecastMethods, type CouncilBacktest } from '../../core/caseloadForecast';
import { ThreadQueue } from '../../jobs/threadQueue';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { forecastAccuracyReview } from './forecastAccuracyReview';
import { importNationalFile } from './importNationalData';
import { nationalBacktest, type NationalBacktest } from './nationalBacktest';
import { nationalCaseloadForecast } from './nationalForecast';

// The back-test, the published-figure forecast and the accuracy review on the DfE's real releases
// (../shared/data/dfe): the 2022 release (long format, January 2010-2022) and the June 2025 release
// (wide format, January 2019-2025). Kingston's published figures used below, all from the 2025
// release's data/caseload.csv ("All EHC plans", ehcplans), which revises the 2022 release's:
//   January 2020: 1,314; January 2021: 1,424; January 2022: 1,550; January 2023: 1,630.

const DATA = ['data', 'dfe'];
const cli: Actor = { kind: 'system', label: 'forecast test' };

describe.skipIf(!sharedAvailable(...DATA))(
  `forecasts and back-tests from the published releases${needsShared(...DATA)}`,
  () => {
    let t: TestContext;
    let card: NationalBacktest;
    const results: CouncilBacktest[] = [];
    const progress: number[] = [];

    beforeAll(async () => {
      t = await openTestContext();
      for (const file of ['ehcp-statistics-2022.zip', 'ehcp-statistics-2025.zip']) {
        await importNationalFile(t.ctx, cli, {
          name: file,
          bytes: new Uint8Array(fs.readFileSync(sharedPath(...DATA, file))),
        });
      }
      await loadDemo(t.ctx, cli);
      card = await nationalBacktest(
        t.ctx,
        cli,
        { origin: 2022, horizon: 3 },
        {
          onProgress: (done) => progress.push(done),
          runCouncil: (request) => {
            const r = backtestCouncil(JSON.parse(JSON.stringify(request)) as typeof request);
            results.push(r);
            return JSON.parse(JSON.stringify(r)) as CouncilBacktest;
          },
        },
      );
    }, 240_000);
    afterAll(async () => t.database.close());

    it('scores every method, the four naive baselines always among them, at horizons 1 to 3', () => {
      expect(card.origin).toBe(2022);
      expect(card.methods.map((m) => m.name)).toEqual([
        'lastValue',
        'lastGrowth',
        'averageGrowth3',
        'linearTrend',
        'dampedLogTrend',
        'ageProgression',
        'combination',
        'shrinkToEngland',
        'pooledRegression',
        'stockFlow',
        'ensemble',
        'chosen',
      ]);
      for (const m of card.methods) {
        expect(m.horizons.map((h) => h.h)).toEqual([1, 2, 3]);
        for (const h of m.horizons) {
          for (const field of ['medianApe', 'meanApe', 'bias', 'medianSignedError', 'coverage80'] as const)
            expect(typeof h[field]).toBe('number');
        }
      }
      // The chosen method at January 2022 is the ensemble at every horizon, chosen on 2016-2021.
      expect(card.chosen.map((c) => [c.h, c.method])).toEqual([
        [1, 'ensemble'],
        [2, 'ensemble'],
        [3, 'ensemble'],
      ]);
      expect(card.findings.some((f) => f.kind === 'regionalTotalInCouncilRows')).toBe(true);
      expect(card.councils).toBeGreaterThan(140);
      expect(card.data).toEqual({ firstYear: 2010, lastYear: 2025 });
    });

    it('ran every council as a separate plain-JSON call, with progress', () => {
      expect(results.length).toBe(progress.length);
      expect(progress.at(-1)).toBe(results.length);
      expect(results.length).toBeGreaterThan(150);
    });

    it('through the job queue (worker threads), every council is its own job and the scorecard is the same', async () => {
      const queue = new ThreadQueue(2);
      const seen: number[] = [];
      try {
        const viaJobs = await nationalBacktest(
          { ...t.ctx, jobs: queue },
          cli,
          { origin: 2022, horizon: 3 },
          { onProgress: (done) => seen.push(done) },
        );
        expect(viaJobs).toEqual(card);
      } finally {
        await queue.close();
      }
      expect(seen.at(-1)).toBe(results.length);
      expect(seen.length).toBeGreaterThan(1);
    }, 240_000);

    it("Kingston's naive last-value forecast for January 2023 is January 2022's 1,550 against 1,630 published: 4.91% under", () => {
      const kingston = results.find((r) => r.council === '314');
      const p = kingston?.points.find(
        (x) => x.method === 'lastValue' && x.origin === 2022 && x.h === 1 && x.series === 'total',
      );
      expect(p).toMatchObject({ year: 2023, forecast: 1550, actual: 1630 });
      expect(Math.round(((1630 - 1550) / 1630) * 10000) / 100).toBe(4.91);
      // Last year's growth, 1,424 -> 1,550 (8.85%), compounded: 1,550 x 1,550 / 1,424 for January 2023.
      const growth = kingston?.points.find(
        (x) => x.method === 'lastGrowth' && x.origin === 2022 && x.h === 1 && x.series === 'total',
      );
      expect(growth?.forecast).toBeCloseTo((1550 * 1550) / 1424, 9);
    });

    it("the naive last value's median error at h=1 is the median over the scored councils of |x(2022)/x(2023) - 1|", () => {
      // Scored: councils that every method compared on all councils (not partial) forecast, with a 2023
      // figure. The pooled methods forecast every council with four years of figures, so the per-council
      // methods' points (the jobs' results) decide which councils count.
      const compared = card.methods.filter((m) => !m.horizons[0]?.partial).map((m) => m.name);
      const perCouncil = forecastMethods.map((m) => m.id).filter((m) => compared.includes(m));
      const at2022 = (r: CouncilBacktest, method: string) =>
        r.points.find((x) => x.method === method && x.origin === 2022 && x.h === 1 && x.series === 'total');
      const apes = results
        .filter((r) => perCouncil.every((m) => at2022(r, m)))
        .map((r) => at2022(r, 'lastValue'))
        .filter((p) => p?.actual != null)
        .map((p) => Math.abs(((p?.forecast ?? 0) - (p?.actual ?? 0)) / (p?.actual ?? 1)) * 100)
        .sort((a, b) => a - b);
      const mid = apes.length / 2;
      const median =
        apes.length % 2 ? (apes[Math.floor(mid)] ?? 0) : ((apes[mid - 1] ?? 0) + (apes[mid] ?? 0)) / 2;
      expect(card.methods[0]?.horizons[0]?.medianApe).toBe(Math.round(median * 100) / 100);
      expect(card.methods[0]?.horizons[0]?.n).toBe(apes.length);
    });

    it('refuses origins and horizons outside the data, and a council that does not exist', async () => {
      await expect(nationalBacktest(t.ctx, cli, { origin: 2011, horizon: 1 })).rejects.toThrow(
        /origin: January 2011 cannot be back-tested: the imported releases cover January 2010 to January 2025, so an origin must be 2013/,
      );
      await expect(nationalBacktest(t.ctx, cli, { origin: 2023, horizon: 3 })).rejects.toThrow(
        /reaches January 2026, but the data ends at January 2025; use a horizon of at most 2/,
      );
      await expect(nationalCaseloadForecast(t.ctx, cli, { council: '999' })).rejects.toThrow(
        /No local authority with code 999/,
      );
      await expect(nationalCaseloadForecast(t.ctx, cli, { council: '314', origin: 2030 })).rejects.toThrow(
        /no EHCP figures for January 2030/,
      );
    });

    it('forecasts Kingston from January 2025 by the chosen method, with intervals that widen and bands that add up', async () => {
      const f = await nationalCaseloadForecast(t.ctx, cli, { council: '314' });
      expect(f.origin).toBe(2025);
      expect(f.method).toBe('chosen');
      // Chosen by the back-test at January 2025 from its record on earlier origins.
      expect(f.years.map((y) => [y.year, y.method])).toEqual([
        [2026, 'ensemble'],
        [2027, 'stockFlow'],
        [2028, 'stockFlow'],
      ]);
      expect(f.choices.map((c) => c.sentence)[0]).toMatch(
        /^One year ahead: Ensemble: .*Chosen by the back-test: on its forecasts from January 2021 to 2024, its median error was \d+% of the best naive rule's/,
      );
      expect(f.history.at(-1)).toMatchObject({ year: 2025, total: 1958 });
      expect(f.years.map((y) => y.total.forecast)).toEqual([2138, 2382, 2589]);
      // The 80% intervals from the record of the method chosen at each horizon (docs/national-forecast.md).
      expect(f.years.map((y) => [y.total.lo80, y.total.hi80])).toEqual([
        [2017, 2272],
        [2190, 2607],
        [2309, 2919],
      ]);
      for (const y of f.years) {
        const { forecast, lo80, hi80, lo95, hi95 } = y.total;
        expect([lo95 ?? NaN, lo80 ?? NaN, forecast, hi80 ?? NaN, hi95 ?? NaN]).toEqual(
          [...[lo95, lo80, forecast, hi80, hi95]].sort((a, b) => (a ?? 0) - (b ?? 0)),
        );
        const bands = ageBands.reduce((s, b) => s + (y.ages[b]?.forecast ?? 0), 0);
        expect(Math.abs(bands - forecast)).toBeLessThanOrEqual(3);
      }
      const width = (i: number) => (f.years[i]?.total.hi80 ?? 0) - (f.years[i]?.total.lo80 ?? 0);
      expect(width(2)).toBeGreaterThan(width(0));
      expect(f.calibration.every((c) => c.n >= 30)).toBe(true);
      // The evidence, in words, from the chosen method's record (the last four origins with an outcome).
      expect(f.evidence[1]).toMatch(
        /^In past years forecasts made this way were within 4\.8% two years ahead for half of councils, and within 12\.2% for nine in ten \(forecasts from January 2020 to 2023, 585 council-years\)\. The best naive rule, average growth of the last 3 years compounded, was within 6\.1% for half\. Its 80% intervals held the published figure for 84% of councils\.$/,
      );
      expect(f.accuracy.map((a) => a.medianApe)).toEqual([2.54, 4.84, 6.68]);
    });

    it('forecasts from an earlier origin with what was chosen then (January 2022: the ensemble)', async () => {
      const f = await nationalCaseloadForecast(t.ctx, cli, { council: '314', origin: 2022 });
      expect(f.method).toBe('chosen');
      expect(f.years.map((y) => [y.year, y.method, y.total.forecast])).toEqual([
        [2023, 'ensemble', 1684],
        [2024, 'ensemble', 1855],
        [2025, 'ensemble', 2031],
      ]);
      const damped = await nationalCaseloadForecast(t.ctx, cli, {
        council: '314',
        origin: 2022,
        method: 'dampedLogTrend',
      });
      expect(damped.years.every((y) => y.method === 'dampedLogTrend')).toBe(true);
      expect(damped.choices).toEqual([]);
    });

    it("reviews Kingston's stored forecasts: the 2019 recovery plan and the 2021 Safety Valve target against the census", async () => {
      const review = await forecastAccuracyReview(t.ctx, cli, '314');
      const drp = review.sources.find((s) => s.kind === 'recoveryPlan');
      // Seed 000, EHCP table: 1,251 / 1,331 / 1,411 / 1,491 for 2020-2023, as stored by the demo's recovery
      // plan document; outcomes from the 2025 release's caseload.csv.
      expect(drp?.source).toBe('Deficit recovery plan, June 2019');
      expect(drp?.rows.map((r) => [r.year, r.plans, r.actual, r.difference])).toEqual([
        [2020, 1251, 1314, -63],
        [2021, 1331, 1424, -93],
        [2022, 1411, 1550, -139],
        [2023, 1491, 1630, -139],
      ]);
      expect(drp?.rows.map((r) => r.percentError)).toEqual([-4.79, -6.53, -8.97, -8.53]);
      // Beside it, what the chosen published-figure forecast said from January 2019 for the same years.
      expect(drp?.rows.map((r) => r.publishedFigureForecast)).toEqual([
        { plans: 1274, method: 'ensemble', percentError: -3.04 },
        { plans: 1416, method: 'pooledRegression', percentError: -0.56 },
        { plans: 1535, method: 'pooledRegression', percentError: -0.97 },
        { plans: 1778, method: 'shrinkToEngland', percentError: 9.08 },
      ]);
      expect([drp?.meanApe, drp?.publishedFigureMeanApe]).toEqual([7.21, 3.41]);
      // Seed 003: the Safety Valve KPI "Net EHCPs @ Jan Projected", 1,537 for 2021-22 (January 2022).
      const sv = review.sources.find((s) => s.kind === 'kpiTarget');
      expect(sv?.rows.map((r) => [r.detail, r.year, r.plans, r.actual, r.difference])).toEqual([
        ['KPI 3 "Net EHCPs @ Jan Projected", annual target', 2022, 1537, 1550, -13],
      ]);
      expect(sv?.rows[0]?.publishedFigureForecast).toEqual({
        plans: 1550,
        method: 'ensemble',
        percentError: 0,
      });
    });
  },
);
