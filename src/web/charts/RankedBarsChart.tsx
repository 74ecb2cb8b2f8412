// Councils ranked on one measure as horizontal bars, highest first. The council is picked out by a dark
// bar with a hatched pattern, a bold label and an arrow naming it, so it reads without colour; England and
// the region are dashed reference lines with their names written on them.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';
import { formatMeasure as formatMeasureValue } from '../../core/benchmark/formatMeasure';
import type { MeasureUnit } from '../benchmarking/queries.ts';

export interface RankedBar {
  code: string;
  name: string;
  value: number;
  highlight: boolean;
}

const width = 760;
const left = 280;
const right = 80;

export function RankedBarsChart({
  bars,
  unit,
  references,
  title,
}: {
  bars: RankedBar[];
  unit: MeasureUnit;
  references: { name: string; value: number }[];
  title: string;
}) {
  const id = useId();
  // With many councils only the council is named; the others are a silhouette of the distribution.
  const named = bars.length <= 30;
  const row = named ? 24 : 5;
  const top = 40;
  const height = top + bars.length * row + 44;
  const values = [...bars.map((b) => b.value), ...references.map((r) => r.value)];
  // Falls (negative growth) run left of zero.
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const x = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, left, width - right);
  const zero = x(0);
  const own = bars.findIndex((b) => b.highlight);
  const description = `${bars.length} councils ranked highest first. ${own >= 0 ? `${bars[own]?.name ?? ''} is ${String(own + 1)} of ${String(bars.length)} at ${formatMeasureValue(bars[own]?.value ?? null, unit)}.` : ''} ${references.map((r) => `${r.name}: ${formatMeasureValue(r.value, unit)}.`).join(' ')}`;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
        data-testid="ranked-bars"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#17324d" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={top - 6} y2={top + bars.length * row} stroke="#d0d5da" />
            <text x={x(t)} y={top + bars.length * row + 18} textAnchor="middle" className="chart-tick">
              {formatMeasureValue(t, unit)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = top + i * row;
          return (
            <g key={b.code} data-council={b.code} data-highlight={b.highlight ? 'true' : undefined}>
              <rect
                x={Math.min(zero, x(b.value))}
                y={y + (named ? 3 : 0.5)}
                width={Math.max(1, Math.abs(x(b.value) - zero))}
                height={named ? row - 6 : row - 1}
                fill={b.highlight ? `url(#${id}-hatch)` : '#8fa3b8'}
                stroke={b.highlight ? '#17324d' : 'none'}
              />
              {named ? (
                <>
                  <text
                    x={left - 8}
                    y={y + row / 2 + 5}
                    textAnchor="end"
                    fontWeight={b.highlight ? 700 : 400}
                  >
                    {`${String(i + 1)}. ${b.name}`}
                  </text>
                  <text x={Math.max(zero, x(b.value)) + 6} y={y + row / 2 + 5} className="chart-value">
                    {formatMeasureValue(b.value, unit)}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        {own >= 0 && !named ? (
          <text
            x={Math.max(zero, x(bars[own]?.value ?? 0)) + 8}
            y={top + own * row + 5}
            fontWeight={700}
            className="chart-value"
          >
            {`← ${bars[own]?.name ?? ''}: ${String(own + 1)} of ${String(bars.length)}, ${formatMeasureValue(bars[own]?.value ?? null, unit)}`}
          </text>
        ) : null}
        {references.map((r, i) => (
          <g key={r.name}>
            <line
              x1={x(r.value)}
              x2={x(r.value)}
              y1={top - 10}
              y2={top + bars.length * row}
              stroke="#a8480c"
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            <text x={x(r.value)} y={top - 14 - i * 14} textAnchor="middle" className="chart-tick">
              {`${r.name} ${formatMeasureValue(r.value, unit)}`}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
