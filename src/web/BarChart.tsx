// Horizontal grouped bar chart for the placement cost analysis: one row per category, one bar per series,
// every value printed; drawn by src/charts.
import { formattedBy, groupedBarsChart } from '../charts/index.ts';
import { PlotFigure } from './PlotFigure.tsx';

export interface BarSeries {
  name: string;
  /** One value per category, in the categories' order; null draws no bar ("none"). */
  values: ReadonlyArray<number | null>;
}

interface Props {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  format: (value: number) => string;
  /** The value axis title, with its unit: "Average annual cost (£)". */
  valueTitle?: string;
}

export function BarChart({ title, categories, series, format, valueTitle = 'Amount (£)' }: Props) {
  return (
    <PlotFigure
      className="chart bar-chart"
      draw={(options) =>
        groupedBarsChart({ title, categories, series, unit: formattedBy(format), valueTitle }, options)
      }
    />
  );
}
