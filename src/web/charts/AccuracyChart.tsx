// What a council forecast in its plans against what the January census found: the published numbers as a
// solid line with dots, each plan's forecasts as a dashed line with squares, every point labelled.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';
import type { AccuracyReview } from '../benchmarking/queries.ts';

const width = 760;
const height = 360;
const margin = { top: 30, right: 40, bottom: 70, left: 70 };
const plans = (n: number) => n.toLocaleString('en-GB');
const dashes = ['8 5', '2 4', '12 4 2 4'];

export function AccuracyChart({ review }: { review: AccuracyReview }) {
  const id = useId();
  const forecastYears = review.sources.flatMap((s) => s.rows.map((r) => r.year));
  const from = Math.min(...review.sources.map((s) => s.madeAfter), ...forecastYears);
  const to = Math.max(
    ...forecastYears,
    ...review.published.filter((p) => p.plans !== null).map((p) => p.year),
  );
  const published = review.published.filter(
    (p): p is { year: number; plans: number } => p.plans !== null && p.year >= from && p.year <= to,
  );
  const ticks = niceTicks(
    0,
    Math.max(...published.map((p) => p.plans), ...review.sources.flatMap((s) => s.rows.map((r) => r.plans))),
  );
  const y = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, height - margin.bottom, margin.top);
  const x = linearScale(from, to, margin.left, width - margin.right);
  const title = `${review.council.name}: EHCPs forecast in its plans against the published January census`;
  const description = [
    `Published: ${published.map((p) => `${String(p.year)} ${plans(p.plans)}`).join(', ')}.`,
    ...review.sources.map(
      (s) => `${s.source}: ${s.rows.map((r) => `${String(r.year)} ${plans(r.plans)}`).join(', ')}.`,
    ),
  ].join(' ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
        data-testid="accuracy-chart"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#e1e5e9" />
            <text x={margin.left - 8} y={y(t) + 4} textAnchor="end" className="chart-tick">
              {plans(t)}
            </text>
          </g>
        ))}
        {Array.from({ length: to - from + 1 }, (_, i) => from + i).map((year) => (
          <text
            key={year}
            x={x(year)}
            y={height - margin.bottom + 20}
            textAnchor="middle"
            className="chart-tick"
          >
            {String(year)}
          </text>
        ))}
        <polyline
          fill="none"
          stroke="#17324d"
          strokeWidth={3}
          points={published.map((p) => `${String(x(p.year))},${String(y(p.plans))}`).join(' ')}
        />
        {published.map((p) => (
          <g key={p.year}>
            <circle cx={x(p.year)} cy={y(p.plans)} r={4} fill="#17324d" />
            <text x={x(p.year)} y={y(p.plans) - 10} textAnchor="middle" className="chart-value">
              {plans(p.plans)}
            </text>
          </g>
        ))}
        {review.sources.map((s, i) => (
          <g key={s.source}>
            <polyline
              fill="none"
              stroke="#a8480c"
              strokeWidth={2}
              strokeDasharray={dashes[i % dashes.length]}
              points={s.rows.map((r) => `${String(x(r.year))},${String(y(r.plans))}`).join(' ')}
            />
            {s.rows.map((r) => (
              <g key={r.year}>
                <rect x={x(r.year) - 4} y={y(r.plans) - 4} width={8} height={8} fill="#a8480c" />
                <text x={x(r.year)} y={y(r.plans) + 20} textAnchor="middle" className="chart-tick">
                  {plans(r.plans)}
                </text>
              </g>
            ))}
          </g>
        ))}
        <g className="chart-legend">
          <line
            x1={margin.left}
            x2={margin.left + 30}
            y1={height - 18}
            y2={height - 18}
            stroke="#17324d"
            strokeWidth={3}
          />
          <text x={margin.left + 36} y={height - 14}>
            Published (January census)
          </text>
          {review.sources.map((s, i) => (
            <g key={s.source}>
              <line
                x1={margin.left + 250 + i * 0}
                x2={margin.left + 280}
                y1={height - 18 - i * 0}
                y2={height - 18}
                stroke="#a8480c"
                strokeWidth={2}
                strokeDasharray={dashes[i % dashes.length]}
              />
            </g>
          ))}
          <text x={margin.left + 286} y={height - 14}>
            Forecast in the council&apos;s plans (squares)
          </text>
        </g>
      </svg>
    </figure>
  );
}
