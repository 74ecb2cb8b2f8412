// A measure over the years for the council and its comparators. Each line has its own dash pattern and
// marker, and its name is written at its last point, so the chart reads in black and white.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';
import { formatMeasure as formatMeasureValue } from '../../core/benchmark/formatMeasure';
import type { MeasureUnit } from '../benchmarking/queries.ts';

export interface TrendLine {
  name: string;
  highlight: boolean;
  points: { year: number; value: number }[];
}

const width = 760;
const height = 360;
const margin = { top: 24, right: 190, bottom: 44, left: 70 };
const dashes = [undefined, '8 5', '2 4', '12 4 2 4', '4 4'];
const strokes = ['#17324d', '#a8480c', '#2f6b3b', '#6b3b8c', '#555'];

export function TrendChart({ lines, unit, title }: { lines: TrendLine[]; unit: MeasureUnit; title: string }) {
  const id = useId();
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = lines.flatMap((l) => l.points.map((p) => p.value));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values, 0));
  const y = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, height - margin.bottom, margin.top);
  const x = linearScale(years[0] ?? 0, years.at(-1) ?? 1, margin.left, width - margin.right);
  // End labels pushed apart so that close lines keep readable names.
  const labelY = new Map<string, number>();
  let previous = -Infinity;
  for (const l of [...lines]
    .filter((l) => l.points.length > 0)
    .sort((a, b) => y(a.points.at(-1)?.value ?? 0) - y(b.points.at(-1)?.value ?? 0))) {
    const at = Math.max(y(l.points.at(-1)?.value ?? 0) + 4, previous + 15);
    labelY.set(l.name, at);
    previous = at;
  }
  const description = lines
    .map(
      (l) =>
        `${l.name}: ${l.points.map((p) => `${String(p.year)} ${formatMeasureValue(p.value, unit)}`).join(', ')}.`,
    )
    .join(' ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
        data-testid="trend-chart"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#e1e5e9" />
            <text x={margin.left - 8} y={y(t) + 4} textAnchor="end" className="chart-tick">
              {formatMeasureValue(t, unit)}
            </text>
          </g>
        ))}
        {years
          .filter((year, i) => years.length <= 10 || i % 2 === (years.length - 1) % 2)
          .map((year) => (
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
        <text
          x={(margin.left + width - margin.right) / 2}
          y={height - 6}
          textAnchor="middle"
          className="chart-axis-title"
        >
          January census
        </text>
        {lines.map((l, i) => {
          const stroke = l.highlight ? '#17324d' : (strokes[(i % (strokes.length - 1)) + 1] ?? '#555');
          const dash = l.highlight ? undefined : dashes[(i % (dashes.length - 1)) + 1];
          const last = l.points.at(-1);
          return (
            <g key={l.name} data-line={l.name}>
              <polyline
                fill="none"
                stroke={stroke}
                strokeWidth={l.highlight ? 4 : 2}
                strokeDasharray={dash}
                points={l.points.map((p) => `${String(x(p.year))},${String(y(p.value))}`).join(' ')}
              />
              {l.points.map((p) =>
                l.highlight ? (
                  <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={4} fill={stroke} />
                ) : (
                  <rect
                    key={p.year}
                    x={x(p.year) - 3}
                    y={y(p.value) - 3}
                    width={6}
                    height={6}
                    fill={stroke}
                  />
                ),
              )}
              {last ? (
                <text
                  x={x(last.year) + 8}
                  y={labelY.get(l.name) ?? y(last.value) + 4}
                  fontWeight={l.highlight ? 700 : 400}
                  className="chart-tick"
                >
                  {`${l.name} ${formatMeasureValue(last.value, unit)}`}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
