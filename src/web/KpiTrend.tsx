// A KPI's small trend: the baseline, then its value per period (solid, round markers) against the period
// target (dashed, square markers), so the gap reads without colour; said in words for screen readers.
// Drawn by src/charts at the width of the tile.
import { kpiTrendChart, type KpiTrendPoint } from '../charts/index.ts';
import type { DashboardKpi } from './kpiApi.ts';
import { dateLabel, periodLabel } from './kpiFormat.ts';
import { PlotFigure } from './PlotFigure.tsx';

/** The baseline (when there is one) and each period of the history, oldest first. */
function pointsOf(kpi: DashboardKpi): KpiTrendPoint[] {
  const periods = kpi.history.map((h) => ({
    label: periodLabel(h.period),
    value: h.value,
    target: h.periodTarget,
  }));
  if (kpi.baseline === null) return periods;
  return [
    { label: `baseline ${dateLabel(kpi.baselineDate)}`, value: kpi.baseline, target: null },
    ...periods,
  ];
}

export function KpiTrend({ kpi }: { kpi: DashboardKpi }) {
  const points = pointsOf(kpi).filter((p) => p.value !== null || p.target !== null);
  if (points.length === 0) return <p className="hint kpi-trend-none">No figures to draw a trend yet.</p>;
  const first = points[0]!.label;
  const last = points.at(-1)!.label;
  return (
    <PlotFigure
      className="kpi-trend"
      draw={(options) =>
        kpiTrendChart(
          { ref: kpi.ref, name: kpi.name, unit: kpi.unit, decimals: kpi.decimals, points },
          options,
        )
      }
      caption={`${first === last ? `${first} only.` : `From ${first} to ${last}.`} Line: value; square: target.`}
    />
  );
}
