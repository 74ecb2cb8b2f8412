// Councils ranked on one measure as horizontal bars, highest first, the council picked out by a dark bar
// and a bold label, England and the region as dashed reference lines named in the legend; drawn by
// src/charts.
import { measureUnit, rankedBarsChart, type RankedBar } from '../charts/index.ts';
import type { MeasureUnit } from './nationalApi.ts';
import { PlotFigure } from './PlotFigure.tsx';

export type { RankedBar };

export function RankedBarsChart({
  bars,
  unit,
  references,
  title,
  measure = 'Value',
}: {
  bars: RankedBar[];
  unit: MeasureUnit;
  references: { name: string; value: number }[];
  title: string;
  /** The measure, for the value axis title: "Growth in EHCPs". */
  measure?: string;
}) {
  return (
    <PlotFigure
      testId="ranked-bars"
      draw={(options) =>
        rankedBarsChart({ title, measure, unit: measureUnit(unit), bars, references }, options)
      }
    />
  );
}
