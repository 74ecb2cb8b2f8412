import { csvOf, resultRows } from '../../io/forecastResults/resultsTable';
import { resultsWorkbook } from '../../io/forecastResults/resultsWorkbook';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { financialYearOfCensus } from './planPush';
import { completedRun } from './runs';

/** A completed run's results as a download: CSV (every measure) or XLSX (a summary and every measure). */
export async function forecastRunDownload(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  number: number,
  format: 'csv' | 'xlsx',
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const { row, years } = await completedRun(ctx, council, number);
  const fileName = `forecast-run-${number}-${council.code}.${format}`;
  if (format === 'csv') return { fileName, content: csvOf(resultRows(years, financialYearOfCensus)) };
  const lines: Array<[string, string | number]> = [
    ['Council', `${council.name} (${council.code})`],
    ['Mode', row.mode],
    ['Simulations', row.simulations],
    ['Seed', row.seed],
    ['Seed year (known census)', row.seed_year ?? ''],
    [
      'Statistics',
      'exact order statistics over the simulations; p5 to p95 is a 90% interval; costs in pounds',
    ],
    ['Financial years', 'a January census falls in the financial year it ends (January 2023: 2022-23)'],
  ];
  return {
    fileName,
    content: await resultsWorkbook(
      { title: `${row.name} (forecast run ${number})`, lines },
      years,
      financialYearOfCensus,
    ),
  };
}
