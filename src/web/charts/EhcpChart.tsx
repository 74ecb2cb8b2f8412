// EHCP numbers against target: for each EHCP KPI of the return, a bar for the baseline, the target for
// the period and the value, with the figure printed at the end of each bar (so it reads without colour).
import type { KeyKpi } from '../safety-valve/queries.ts';
import { formatKpiFigure } from '../safety-valve/svFormat.ts';
import { RagLabel as KpiRagLabel } from '../ui/RagBadge.tsx';

const bars = [
  { key: 'baseline', label: 'Baseline', className: 'ehcp-bar-baseline' },
  { key: 'periodTarget', label: 'Target', className: 'ehcp-bar-target' },
  { key: 'value', label: 'Actual or projected', className: 'ehcp-bar-value' },
] as const;

const width = 640;
const labelWidth = 150;
const barHeight = 20;
const valueRoom = 70;

export function EhcpChart({ kpis }: { kpis: KeyKpi[] }) {
  const shown = kpis.filter((k) => bars.some((b) => k[b.key] !== null));
  if (shown.length === 0) return <p>No EHCP figures are held for this return.</p>;
  const largest = Math.max(1, ...shown.flatMap((k) => bars.map((b) => k[b.key] ?? 0)));
  const scale = (value: number) => Math.max(0, (value / largest) * (width - labelWidth - valueRoom));
  return (
    <div className="ehcp-charts">
      {shown.map((k) => {
        const height = bars.length * (barHeight + 8);
        const words = bars
          .map((b) => `${b.label.toLowerCase()} ${formatKpiFigure(k.unit, k[b.key])}`)
          .join(', ');
        return (
          <figure key={k.ref} className="ehcp-chart">
            <figcaption>
              <strong>
                KPI {k.ref}: {k.name}
              </strong>{' '}
              <KpiRagLabel rag={k.rag} />
            </figcaption>
            <svg
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-label={`KPI ${k.ref}, ${k.name}: ${words}.`}
            >
              {bars.map((b, i) => {
                const value = k[b.key];
                const y = i * (barHeight + 8);
                const length = value === null ? 0 : scale(value);
                return (
                  <g key={b.key}>
                    <text x={labelWidth - 8} y={y + 15} textAnchor="end" className="chart-tick">
                      {b.label}
                    </text>
                    <rect
                      x={labelWidth}
                      y={y}
                      width={Math.round(length)}
                      height={barHeight}
                      className={b.className}
                    />
                    <text x={labelWidth + Math.round(length) + 6} y={y + 15} className="chart-value">
                      {formatKpiFigure(k.unit, value)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
