// `npm run bench`: prints every benchmark's figures. Figures, not pass/fail: 2-core shared machines vary,
// so compare ratios measured in one run.
import os from 'node:os';
import { foundationBench } from './foundation.bench';
import { forecastBench } from './forecast.bench';
import { nationalBench } from './national.bench';
import { forecastThreadsBench } from './forecastThreads.bench';
import { forecastRunsBench } from './forecastRuns.bench';
import { placementsBench } from './placements.bench';
import { reportBench } from './report.bench';
import { sen2Bench } from './sen2.bench';
import { httpBench } from './http.bench';
import { reformPlanBench } from './reformPlan.bench';
import { dashboardBench } from './dashboard.bench';
import { reformPlanJobsBench } from './reformPlanJobs.bench';

const benches: Array<[string, (print: (line: string) => void) => Promise<void>]> = [
  ['foundation', foundationBench],
  ['forecast', forecastBench],
  ['forecastThreads', forecastThreadsBench],
  ['forecastRuns', forecastRunsBench],
  ['placements', placementsBench],
  ['national', nationalBench],
  ['quarterly report', reportBench],
  ['sen2', sen2Bench],
  ['http', httpBench],
  ['reformPlan', reformPlanBench],
  ['dashboard', dashboardBench],
  ['reformPlanJobs', reformPlanJobsBench],
];
// `npm run bench -- NAME...` runs only those (npm run bench:forecast runs the three forecast benches).
const only = process.argv.slice(2);

console.log(
  `highneeds benchmarks: node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
for (const [name, bench] of benches.filter(([name]) => only.length === 0 || only.includes(name))) {
  console.log(`\n== ${name}`);
  await bench((line) => console.log(`  ${line}`));
}
