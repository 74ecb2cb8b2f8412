// A KPI's small trend line: the baseline, then its value per period (solid, round markers) against the
// period target (dashed, square markers), so the gap reads without colour. Said in words for screen readers.
import type { DashboardKpi } from '../kpis/queries.ts';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';

const width = 220;
const height = 60;
const pad = { x: 8, y: 8 };

/** One decimal is finer than a pixel: keeps the SVG short and stable. */
const tidy = (value: number) => Math.round(value * 10) / 10;

interface Point {
  key: string;
  label: string;
  value: number | null;
  target: number | null;
  valueText: string;
  targetText: string;
}

/** The baseline (when there is one) and each period of the history, oldest first. */
function pointsOf(kpi: DashboardKpi): Point[] {
  const periods = kpi.history.map(
    (h): Point => ({
      key: h.period,
      label: periodLabel(h.period),
      value: h.value,
      target: h.periodTarget,
      valueText: h.display.value,
      targetText: h.display.periodTarget,
    }),
  );
  if (kpi.baseline === null) return periods;
  const baseline: Point = {
    key: 'baseline',
    label: `baseline ${dateLabel(kpi.baselineDate)}`,
    value: kpi.baseline,
    target: null,
    valueText: kpi.display.baseline,
    targetText: '',
  };
  return [baseline, ...periods];
}

export function KpiTrend({ kpi }: { kpi: DashboardKpi }) {
  const points = pointsOf(kpi).filter((p) => p.value !== null || p.target !== null);
  if (points.length === 0) return <p className="hint kpi-trend-none">No figures to draw a trend yet.</p>;
  const figures = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const x = (index: number) =>
    tidy(points.length === 1 ? width / 2 : pad.x + (index * (width - 2 * pad.x)) / (points.length - 1));
  const y = (value: number) =>
    tidy(high === low ? height / 2 : height - pad.y - ((value - low) / (high - low)) * (height - 2 * pad.y));
  const line = (pick: (p: Point) => number | null) =>
    points
      .map((p, i) => ({ i, v: pick(p) }))
      .filter((p): p is { i: number; v: number } => p.v !== null)
      .map((p, n) => `${n === 0 ? 'M' : 'L'}${x(p.i)} ${y(p.v)}`)
      .join(' ');
  const words = points
    .map(
      (p) =>
        `${p.label}: ${p.valueText || 'no value'}${p.targetText ? ` against a target of ${p.targetText}` : ''}`,
    )
    .join('; ');
  const label = `Trend of KPI ${kpi.ref}, ${kpi.name}. ${words}.`;
  return (
    <figure className="kpi-trend">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
        <title>{label}</title>
        <path
          d={line((p) => p.target)}
          fill="none"
          stroke="#4b5459"
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        <path d={line((p) => p.value)} fill="none" stroke="#17324d" strokeWidth={2.5} />
        {points.map((p, i) =>
          p.value === null ? null : <circle key={p.key} cx={x(i)} cy={y(p.value)} r={3.5} fill="#17324d" />,
        )}
        {points.map((p, i) =>
          p.target === null ? null : (
            <rect
              key={`t-${p.key}`}
              x={x(i) - 3.5}
              y={y(p.target) - 3.5}
              width={7}
              height={7}
              fill="none"
              stroke="#4b5459"
              strokeWidth={1.5}
            />
          ),
        )}
      </svg>
      <figcaption className="hint">
        {points[0]!.label === points.at(-1)!.label
          ? `${points[0]!.label} only. `
          : `From ${points[0]!.label} to ${points.at(-1)!.label}. `}
        Line: value; square: target.
      </figcaption>
    </figure>
  );
}
