// A fan chart of a forecast: the known censuses as a line with markers, then the median of the
// simulations with its 50%, 80% and 90% intervals as bands, darker towards the middle. Every value is
// also given in words (desc) and in the tables beside the chart.
import { useId } from 'react';
import { linearScale } from './chartScale.ts';
import type { Summary } from '../forecasts/queries.ts';

export interface FanPoint {
  year: number;
  summary: Summary;
}

interface Props {
  /** What is charted: "EHCPs" or "Cost (£m)". */
  measure: string;
  history: ReadonlyArray<{ year: number; value: number }>;
  projection: readonly FanPoint[];
  /** How a value is written on the axis and in the description. */
  format: (value: number) => string;
}

const width = 760;
const height = 400;
const margin = { top: 70, right: 24, bottom: 56, left: 84 };
const bands = [
  { name: '90% interval (p5 to p95)', low: 'p5', high: 'p95', fill: '#c9dcef' },
  { name: '80% interval (p10 to p90)', low: 'p10', high: 'p90', fill: '#8fb6dc' },
  { name: '50% interval (p25 to p75)', low: 'p25', high: 'p75', fill: '#4f86bd' },
] as const;

/** Round ticks over [min, max] (1, 2 or 5 times a power of ten apart), not forced through zero. */
export function rangeTicks(min: number, max: number, about = 5): number[] {
  if (max <= min) return [min, min + 1];
  const rough = (max - min) / about;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let n = Math.floor(min / step); n <= Math.ceil(max / step); n += 1)
    ticks.push(Number((n * step).toPrecision(12)));
  return ticks;
}

const tidy = (value: number) => Math.round(value * 10) / 10;

export function FanChart({ measure, history, projection, format }: Props) {
  const id = useId();
  const years = [...new Set([...history.map((h) => h.year), ...projection.map((p) => p.year)])].sort(
    (a, b) => a - b,
  );
  const values = [
    ...history.map((h) => h.value),
    ...projection.flatMap((p) => [p.summary.p5, p.summary.p95]),
  ];
  const ticks = rangeTicks(Math.min(...values), Math.max(...values));
  const plotBottom = height - margin.bottom;
  const y = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, plotBottom, margin.top);
  const x = linearScale(years[0] ?? 0, years.at(-1) ?? 1, margin.left + 20, width - margin.right - 20);
  const X = (year: number) => tidy(x(year));
  const Y = (value: number) => tidy(y(value));
  const area = (low: keyof Summary, high: keyof Summary) =>
    [
      ...projection.map((p) => `${X(p.year)},${Y(p.summary[high])}`),
      ...[...projection].reverse().map((p) => `${X(p.year)},${Y(p.summary[low])}`),
    ].join(' ');
  const median = projection
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${X(p.year)} ${Y(p.summary.median)}`)
    .join(' ');
  const known = history.map((h, i) => `${i === 0 ? 'M' : 'L'}${X(h.year)} ${Y(h.value)}`).join(' ');
  const title = `${measure} by January census: known to ${history.at(-1)?.year ?? ''}, then the forecast median with 50%, 80% and 90% intervals`;
  const description = [
    `Known: ${history.map((h) => `${h.year} ${format(h.value)}`).join(', ')}.`,
    `Forecast median (90% interval): ${projection.map((p) => `${p.year} ${format(p.summary.median)} (${format(p.summary.p5)} to ${format(p.summary.p95)})`).join(', ')}.`,
  ].join(' ');
  const legend = [...bands].reverse();

  return (
    <figure className="chart fan-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="chart-legend">
          <line x1={margin.left} x2={margin.left + 30} y1={18} y2={18} stroke="#0b0c0c" strokeWidth={3} />
          <circle cx={margin.left + 15} cy={18} r={4.5} fill="#0b0c0c" />
          <text x={margin.left + 38} y={23}>
            Known census
          </text>
          <line
            x1={margin.left + 170}
            x2={margin.left + 200}
            y1={18}
            y2={18}
            stroke="#17324d"
            strokeWidth={3}
            strokeDasharray="8 5"
          />
          <text x={margin.left + 208} y={23}>
            Median
          </text>
          {legend.map((band, i) => (
            <g key={band.name}>
              <rect x={margin.left + i * 230} y={34} width={26} height={14} fill={band.fill} />
              <text x={margin.left + i * 230 + 32} y={46}>
                {band.name}
              </text>
            </g>
          ))}
        </g>
        {ticks.map((tick) => (
          <g key={`tick-${tick}`}>
            <line x1={margin.left} x2={width - margin.right} y1={Y(tick)} y2={Y(tick)} stroke="#d8d8d8" />
            <text x={margin.left - 10} y={Y(tick) + 5} textAnchor="end" className="chart-tick">
              {format(tick)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text
            key={`year-${year}`}
            x={X(year)}
            y={plotBottom + 22}
            textAnchor="middle"
            className="chart-tick"
          >
            {year}
          </text>
        ))}
        <text
          x={(margin.left + width - margin.right) / 2}
          y={height - 10}
          textAnchor="middle"
          className="chart-axis-title"
        >
          January census
        </text>
        <text
          transform={`translate(18 ${(margin.top + plotBottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-axis-title"
        >
          {measure}
        </text>
        {bands.map((band) => (
          <polygon key={band.name} className="fan-band" points={area(band.low, band.high)} fill={band.fill} />
        ))}
        <path
          className="fan-median"
          d={median}
          fill="none"
          stroke="#17324d"
          strokeWidth={3}
          strokeDasharray="8 5"
        />
        <path className="fan-history" d={known} fill="none" stroke="#0b0c0c" strokeWidth={3} />
        {history.map((h) => (
          <circle key={h.year} cx={X(h.year)} cy={Y(h.value)} r={4.5} fill="#0b0c0c" />
        ))}
      </svg>
      <figcaption className="hint">
        The bands hold the middle 50%, 80% and 90% of the simulated outcomes for each year: a wider band is a
        less certain year.
      </figcaption>
    </figure>
  );
}
