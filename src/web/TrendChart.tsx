// A measure over the years for the council and its comparators: the council's line thickest and first
// in the legend, each comparator with its own dash and marker; drawn by src/charts.
import { measureUnit, trendChart, type TrendLine } from '../charts/index.ts';
import type { MeasureUnit } from './nationalApi.ts';
import { PlotFigure } from './PlotFigure.tsx';

export type { TrendLine };

export function TrendChart({
  lines,
  unit,
  title,
  measure = 'Value',
}: {
  lines: TrendLine[];
  unit: MeasureUnit;
  title: string;
  /** The measure, for the value axis title: "EHCPs per 1,000 of the 2-18 population". */
  measure?: string;
}) {
  return (
    <PlotFigure
      testId="trend-chart"
      draw={(options) => trendChart({ title, measure, unit: measureUnit(unit), lines }, options)}
    />
  );
}
