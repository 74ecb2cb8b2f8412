// The whole national scorecard, origins 2016 to 2024, three years ahead, every method, in one thread:
// the per-council methods for each council (as the jobs would run them), the pooled parts with every
// candidate setting, the ensemble and the chosen method, then the nine scorecards. On 150 synthetic
// councils (always), and on the DfE's releases when ../shared/data/dfe is there.
import fs from 'node:fs';
import { memorySeriesStore, type StoredFigure } from '../src/core/benchmark/memoryStore';
import {
  backtestCouncil,
  fullBacktest,
  originsUpTo,
  publishedPanelOf,
  reconcilePanel,
  scorecardAt,
  type PublishedPanel,
} from '../src/core/caseloadForecast';
import { readNationalFile } from '../src/io/dfe/detectPublication';
import { sharedAvailable, sharedPath } from '../src/testing/shared';
import { syntheticPanel } from '../src/testing/syntheticPanel';

async function releasesPanel(): Promise<PublishedPanel> {
  const figures: StoredFigure[] = [];
  for (const file of ['ehcp-statistics-2022.zip', 'ehcp-statistics-2025.zip']) {
    const path = sharedPath('data', 'dfe', file);
    const read = await readNationalFile(path, new Uint8Array(fs.readFileSync(path)));
    if (!read.ok) throw new Error(`${file} could not be read`);
    figures.push(...read.data.values);
  }
  return reconcilePanel(publishedPanelOf(memorySeriesStore(figures))).panel;
}

function scorecardRun(name: string, panel: PublishedPanel, print: (line: string) => void): void {
  const start = performance.now();
  const origins = originsUpTo(panel, 2024);
  const perCouncil = panel.councils.map((caseload) => backtestCouncil({ caseload, origins, horizon: 3 }));
  const fitted = performance.now();
  const full = fullBacktest(panel, perCouncil, 3, 2024);
  const pooled = performance.now();
  let rows = 0;
  for (let origin = 2016; origin <= 2024; origin += 1)
    for (const m of scorecardAt(full, origin, 3).methods) for (const h of m.horizons) rows += h.n;
  const scored = performance.now();
  print(
    `${name}: ${String(panel.councils.length)} councils, origins ${String(origins[0])}-2024 fitted, 2016-2024 scored, ${String(full.results[0]?.points.length ? new Set(full.results.flatMap((r) => r.points.map((p) => p.method))).size : 0)} methods`,
  );
  print(`  per-council methods: ${(fitted - start).toFixed(0)} ms`);
  print(`  pooled parts (every setting), ensemble and chosen method: ${(pooled - fitted).toFixed(0)} ms`);
  print(
    `  nine scorecards: ${(scored - pooled).toFixed(0)} ms; ${rows.toLocaleString('en-GB')} forecasts scored`,
  );
  print(`  total: ${((scored - start) / 1000).toFixed(1)} s on one thread`);
}

/** Prints the time of the whole 2016-2024 scorecard and the forecasts it scored. */
export async function nationalBench(print: (line: string) => void): Promise<void> {
  scorecardRun('synthetic', syntheticPanel(150, 7), print);
  if (sharedAvailable('data', 'dfe'))
    scorecardRun('DfE releases 2022 and 2025', await releasesPanel(), print);
  else print('DfE releases: skipped (../shared/data/dfe is absent; HIGHNEEDS_SHARED can point to it)');
}
