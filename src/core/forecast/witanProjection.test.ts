// The witan-compatible projection of the witan.send demo against ../shared's reference totals
// (reference-monte-carlo-totals.csv, "independent-reimplementation-correct-binomial", 4,000 simulations):
// each year's mean must lie within 3 Monte Carlo standard errors of the difference of two means.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { readWitanFolder } from '../../io/witan/readWitanFolder';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { runForecast } from './forecast';
import { witanOptions } from './forecastOptions';
import { simulationStreams } from './rng';

const DEMO = ['fixtures', 'witan-send-demo'];
// 1,000 simulations take about a second and give standard errors of 1-2 pupils; enough to see the
// +0.3% to +1.1% bias of the old kixi.stats binomial, which this test must not show.
const SIMULATIONS = 1000;

describe.skipIf(!sharedAvailable(...DEMO))(
  `witan.send demo projection, witan-compatible mode${needsShared(...DEMO)}`,
  () => {
    it('matches the correct-binomial reference means, total and cost, every year 2018-2022', () => {
      const folder = readWitanFolder(sharedPath(...DEMO), { joinerPopulationYear: 'transition-start' });
      if (!folder.ok) throw new Error(JSON.stringify(folder.errors.slice(0, 5)));
      const forecast = runForecast(
        folder.data.inputs,
        witanOptions,
        SIMULATIONS,
        simulationStreams(xoroshiro128plus(2017)),
      );
      const reference = parse<Record<string, string>>(
        fs.readFileSync(sharedPath(...DEMO, 'reference-monte-carlo-totals.csv'), 'utf8'),
        { columns: true },
      ).filter((row) => row.source === 'independent-reimplementation-correct-binomial');
      expect(reference.map((row) => Number(row['calendar-year']))).toEqual([2018, 2019, 2020, 2021, 2022]);
      expect(forecast.years[0]?.groups.total.total?.mean).toBe(2153);
      const report: string[] = [];
      for (const row of reference) {
        const year = forecast.years.find((y) => y.year === Number(row['calendar-year']))!;
        const total = year.groups.total.total!;
        const cost = year.groups.costPence.total!;
        const referenceSimulations = Number(row.simulations);
        const se = Math.sqrt(total.sd ** 2 / SIMULATIONS + Number(row.sd) ** 2 / referenceSimulations);
        // The reference gives no cost sd: use ours for both samples.
        const costSe = Math.sqrt((cost.sd / 100) ** 2 * (1 / SIMULATIONS + 1 / referenceSimulations));
        const zTotal = (total.mean - Number(row.mean)) / se;
        const zCost = (cost.mean / 100 - Number(row['mean-cost'])) / costSe;
        report.push(
          `${year.year}: ${total.mean.toFixed(1)} vs ${row.mean} (z ${zTotal.toFixed(2)}), cost z ${zCost.toFixed(2)}`,
        );
        expect(Math.abs(zTotal), report.join('\n')).toBeLessThan(3);
        expect(Math.abs(zCost), report.join('\n')).toBeLessThan(3);
      }
    });
  },
);
