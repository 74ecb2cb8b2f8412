// Line chart of the cumulative DSG deficit after DfE contributions by year: the agreed profile against a
// later forecast. Series differ by dash pattern and marker shape as well as colour, so it reads in black
// and white; the values are printed at the points.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';
import { formatMillionsShort } from '../ui/format.ts';
import type { DeficitPoint } from '../financial-model/modelLayout.ts';

export interface ChartSeries {
  /** What the line stands for: "Agreed profile", "Forecast". */
  role: string;
  name: string;
  points: DeficitPoint[];
}

const width = 760;
const height = 380;
const margin = { top: 78, right: 24, bottom: 62, left: 76 };
const styles = [
  { stroke: '#17324d', dash: undefined, marker: 'circle' },
  { stroke: '#a8480c', dash: '9 6', marker: 'square' },
  { stroke: '#0b0c0c', dash: '2 5', marker: 'diamond' },
] as const;
const styleOf = (index: number) => styles[index % styles.length] ?? styles[0];

const defaultSubject = 'Cumulative DSG deficit after DfE contributions';
const defaultCaption =
  "Hollow markers are the balance brought forward into a version's first year. Values in millions of pounds, after DfE contributions (Safety Valve payments, write-offs) received to date.";

interface Props {
  series: ChartSeries[];
  /** What is drawn, for the title: default "Cumulative DSG deficit after DfE contributions". */
  subject?: string;
  caption?: string;
}

export function DeficitChart({ series, subject = defaultSubject, caption = defaultCaption }: Props) {
  const id = useId();
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort();
  const millions = series.flatMap((s) => s.points.map((p) => p.value / 100_000_000));
  const ticks = niceTicks(Math.min(0, ...millions), Math.max(0, ...millions));
  const plotBottom = height - margin.bottom;
  const plotWidth = width - margin.left - margin.right;
  const y = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, plotBottom, margin.top);
  const band = plotWidth / Math.max(1, years.length);
  const x = (year: string) => tidy(margin.left + (years.indexOf(year) + 0.5) * band);
  const yOf = (pence: number) => tidy(y(pence / 100_000_000));
  const title = `${subject} by year: ${series
    .map((s) => `${s.role.toLowerCase()} (${s.name})`)
    .join(' against ')}`;
  const description = series
    .map(
      (s) =>
        `${s.role}, ${s.name}: ${s.points
          .map(
            (p) =>
              `${formatMillionsShort(p.value)} at the end of ${p.year}${p.broughtForward ? ' (brought forward)' : ''}`,
          )
          .join(', ')}.`,
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
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {series.map((s, index) => {
          const style = styleOf(index);
          const top = 20 + index * (series.length > 2 ? 18 : 24);
          return (
            <g key={`legend-${index}`} className="chart-legend">
              <line
                x1={margin.left}
                x2={margin.left + 40}
                y1={top}
                y2={top}
                stroke={style.stroke}
                strokeWidth={3}
                strokeDasharray={style.dash}
              />
              <Marker
                shape={style.marker}
                x={margin.left + 20}
                y={top}
                stroke={style.stroke}
                hollow={false}
              />
              <text x={margin.left + 52} y={top + 5}>
                <tspan fontWeight={700}>{s.role}:</tspan> {s.name}
              </text>
            </g>
          );
        })}
        {ticks.map((tick) => (
          <g key={`tick-${tick}`}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={tidy(y(tick))}
              y2={tidy(y(tick))}
              stroke={tick === 0 ? '#0b0c0c' : '#d8d8d8'}
            />
            <text x={margin.left - 10} y={tidy(y(tick) + 5)} textAnchor="end" className="chart-tick">
              {`${tick < 0 ? '-' : ''}£${Math.abs(tick)}m`}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text
            key={`year-${year}`}
            x={x(year)}
            y={plotBottom + 22}
            textAnchor="middle"
            className="chart-tick"
          >
            {year}
          </text>
        ))}
        <text
          x={margin.left + plotWidth / 2}
          y={height - 12}
          textAnchor="middle"
          className="chart-axis-title"
        >
          Financial year (balance at 31 March)
        </text>
        <text
          transform={`translate(18 ${(margin.top + plotBottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-axis-title"
        >
          Cumulative deficit (£m)
        </text>
        {series.map((s, index) => {
          const style = styleOf(index);
          const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year)} ${yOf(p.value)}`).join(' ');
          return (
            <g key={`series-${index}`} className="chart-series">
              <path d={path} fill="none" stroke={style.stroke} strokeWidth={3} strokeDasharray={style.dash} />
              {s.points.map((p) => {
                // The higher of the two values at a year is labelled above its point, the lower below.
                const others = series
                  .filter((o) => o !== s)
                  .flatMap((o) => o.points.filter((q) => q.year === p.year));
                const below = others.some((q) => q.value > p.value);
                // A value an earlier series already prints at this year is not printed twice.
                const repeated = series
                  .slice(0, index)
                  .some((o) => o.points.some((q) => q.year === p.year && q.value === p.value));
                return (
                  <g key={p.year}>
                    <Marker
                      shape={style.marker}
                      x={x(p.year)}
                      y={yOf(p.value)}
                      stroke={style.stroke}
                      hollow={p.broughtForward}
                    />
                    {!repeated && (
                      <text
                        x={x(p.year)}
                        y={tidy(yOf(p.value) + (below ? 24 : -12))}
                        textAnchor="middle"
                        className="chart-value"
                        fill={style.stroke}
                      >
                        {formatMillionsShort(p.value)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">{caption}</figcaption>
    </figure>
  );
}

/** One decimal is finer than a pixel: keeps the SVG short and stable. */
function tidy(value: number): number {
  return Math.round(value * 10) / 10;
}

function Marker({
  shape,
  x,
  y,
  stroke,
  hollow,
}: {
  shape: 'circle' | 'square' | 'diamond';
  x: number;
  y: number;
  stroke: string;
  hollow: boolean;
}) {
  const fill = hollow ? '#fff' : stroke;
  if (shape === 'diamond') {
    return (
      <path
        d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`}
        fill={fill}
        stroke={stroke}
        strokeWidth={2.5}
      />
    );
  }
  return shape === 'circle' ? (
    <circle cx={x} cy={y} r={5.5} fill={fill} stroke={stroke} strokeWidth={2.5} />
  ) : (
    <rect x={x - 5} y={y - 5} width={10} height={10} fill={fill} stroke={stroke} strokeWidth={2.5} />
  );
}
