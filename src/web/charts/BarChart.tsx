// Horizontal grouped bar chart (SVG) for the placement cost analysis: one row per category, one bar per
// series. Series differ by fill pattern as well as colour, so it reads in black and white; every bar has
// its value printed, and the figure's description lists them for screen readers.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';

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
}

const width = 800;
const labelWidth = 300;
const right = 90;
const barHeight = 16;
const gap = 4;
const groupGap = 14;
const top = 40;
const fills = ['#17324d', 'url(#hatch)'] as const;

const tidy = (n: number) => Math.round(n * 10) / 10;

export function BarChart({ title, categories, series, format }: Props) {
  const id = useId();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const x = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, labelWidth, width - right);
  const groupHeight = series.length * (barHeight + gap) - gap + groupGap;
  const height = top + categories.length * groupHeight + 24;
  const description = categories
    .map(
      (c, i) =>
        `${c}: ${series.map((s) => `${s.name} ${s.values[i] === null || s.values[i] === undefined ? 'none' : format(s.values[i])}`).join(', ')}.`,
    )
    .join(' ');
  return (
    <figure className="chart bar-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
      >
        <title>{title}</title>
        <defs>
          <pattern
            id="hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#f3d9c6" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#a8480c" strokeWidth="3" />
          </pattern>
        </defs>
        <g className="legend" transform="translate(0, 12)">
          {series.map((s, i) => (
            <g key={s.name} transform={`translate(${labelWidth + i * 230}, 0)`}>
              <rect width="14" height="14" fill={fills[i % 2]} stroke="#17324d" strokeWidth="0.5" />
              <text x="20" y="11" fontSize="13">
                {s.name}
              </text>
            </g>
          ))}
        </g>
        {ticks.map((t) => (
          <line
            key={t}
            x1={tidy(x(t))}
            x2={tidy(x(t))}
            y1={top - 6}
            y2={height - 20}
            stroke="#d5dbe1"
            strokeWidth="1"
          />
        ))}
        {ticks.map((t) => (
          <text key={`t${t}`} x={tidy(x(t))} y={height - 6} fontSize="11" textAnchor="middle" fill="#4a5763">
            {format(t)}
          </text>
        ))}
        {categories.map((category, c) => {
          const y0 = top + c * groupHeight;
          return (
            <g key={category} className="bar-group">
              <text
                x={labelWidth - 8}
                y={tidy(y0 + (groupHeight - groupGap) / 2 + 4)}
                fontSize="13"
                textAnchor="end"
              >
                {category}
              </text>
              {series.map((s, i) => {
                const value = s.values[c] ?? null;
                const y = y0 + i * (barHeight + gap);
                if (value === null)
                  return (
                    <text key={s.name} x={labelWidth + 4} y={y + 12} fontSize="11" fill="#4a5763">
                      none
                    </text>
                  );
                const x0 = x(Math.min(0, value));
                const x1 = x(Math.max(0, value));
                return (
                  <g key={s.name} className="bar">
                    <rect
                      x={tidy(x0)}
                      y={y}
                      width={tidy(Math.max(1, x1 - x0))}
                      height={barHeight}
                      fill={fills[i % 2]}
                      stroke="#17324d"
                      strokeWidth="0.5"
                    />
                    <text x={tidy(x1 + 4)} y={y + 12} fontSize="11">
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-desc`} className="visually-hidden">
        {description}
      </figcaption>
    </figure>
  );
}
