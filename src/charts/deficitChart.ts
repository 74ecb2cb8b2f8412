// The DSG deficit by financial year as lines, one per plan version or profile (the agreed profile against
// a later forecast, in-year or cumulative), with the value printed at every point in £m. Hollow markers
// are balances brought forward into a version's first year.
import type { ChartOptions } from './frame';
import { lineChart } from './lineChart';
import { millionsOfPounds } from './units';

/** One line of the deficit chart. */
export interface DeficitSeries {
  /** What the line stands for: "Agreed profile", "Forecast". */
  role: string;
  /** Which version or document: "Safety Valve agreement, March 2021". */
  name: string;
  /** Amounts in pence at the end of each financial year ('2021-22'). */
  points: ReadonlyArray<{ year: string; value: number; broughtForward?: boolean }>;
}

/** What the deficit chart draws. */
export interface DeficitChartData {
  series: readonly DeficitSeries[];
  /** What is drawn: "Cumulative DSG deficit after DfE contributions" (the default), "In-year deficit". */
  subject?: string;
  /** The value axis title, without its unit (default "Cumulative deficit"). */
  axis?: string;
  /** Every year along the bottom, held or not (default: the years of the series). */
  years?: readonly string[];
}

/** The deficit by financial year, one line per series, values printed at the points. */
export function deficitChart(data: DeficitChartData, options: ChartOptions = {}): SVGSVGElement {
  const unit = millionsOfPounds;
  const subject = data.subject ?? 'Cumulative DSG deficit after DfE contributions';
  const roles = data.series.map((s) => `${s.role.toLowerCase()} (${s.name})`);
  const description = data.series
    .map((s) => {
      const points = s.points.map(
        (p) =>
          `${unit.format(p.value)} at the end of ${p.year}${p.broughtForward ? ' (brought forward)' : ''}`,
      );
      return `${s.role}, ${s.name}: ${points.join(', ')}.`;
    })
    .join(' ');
  return lineChart(
    {
      title: `${subject} by year: ${roles.join(' against ')}`,
      description,
      series: data.series.map((s) => ({
        name: `${s.role}: ${s.name}`,
        points: s.points.map((p) => ({ x: p.year, value: p.value, hollow: p.broughtForward })),
      })),
      categories: data.years,
      unit,
      xTitle: 'Financial year (balance at 31 March)',
      yTitle: data.axis ?? 'Cumulative deficit',
      labelValues: true,
      kind: 'deficit',
    },
    options,
  );
}
