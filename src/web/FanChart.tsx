// A fan chart of a forecast run: the known censuses as a line with markers, then the median of the
// simulations with its 50%, 80% and 90% intervals as bands, darker towards the middle; drawn by src/charts.
import { fanChart, formattedBy } from '../charts/index.ts';
import type { Summary } from './forecastsApi.ts';
import { PlotFigure } from './PlotFigure.tsx';

export interface FanPoint {
  year: number;
  summary: Summary;
}

interface Props {
  /** What is charted: "EHCPs" or "Annual cost (£m)". */
  measure: string;
  history: ReadonlyArray<{ year: number; value: number }>;
  projection: readonly FanPoint[];
  /** How a value is written on the axis and in the description. */
  format: (value: number) => string;
}

const bands = ['90% interval (p5 to p95)', '80% interval (p10 to p90)', '50% interval (p25 to p75)'];

export function FanChart({ measure, history, projection, format }: Props) {
  const data = {
    measure,
    unit: formattedBy(format),
    axis: 'January census',
    centre: 'Median',
    bands,
    history: history.map((h) => ({ year: String(h.year), value: h.value })),
    projection: projection.map(({ year, summary: s }) => ({
      year: String(year),
      centre: s.median,
      intervals: [[s.p5, s.p95] as const, [s.p10, s.p90] as const, [s.p25, s.p75] as const],
    })),
    title: `${measure} by January census: ${history.length > 0 ? `known to ${history.at(-1)?.year}, then ` : ''}the forecast median with 50%, 80% and 90% intervals`,
  };
  return (
    <PlotFigure
      className="chart fan-chart"
      draw={(options) => fanChart(data, options)}
      caption="The bands hold the middle 50%, 80% and 90% of the simulated outcomes for each year: a wider band is a less certain year."
    />
  );
}
