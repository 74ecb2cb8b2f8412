// The published EHCP numbers and the forecast from them as a fan: the 95% interval in a light band, the
// 80% interval in a darker one, each named at its right-hand edge, the forecast as a dashed line.
import { useId } from 'react';
import { linearScale, niceTicks } from './chartScale.ts';
import type { PublishedForecast } from '../benchmarking/queries.ts';

const width = 760;
const height = 380;
const margin = { top: 24, right: 150, bottom: 44, left: 70 };
const plans = (n: number) => n.toLocaleString('en-GB');

export function ForecastFanChart({ forecast }: { forecast: PublishedForecast }) {
  const id = useId();
  const history = forecast.history
    .filter((h): h is typeof h & { total: number } => h.total !== null)
    .slice(-8);
  const last = history.at(-1);
  const years = [...history.map((h) => h.year), ...forecast.years.map((y) => y.year)];
  const highs = forecast.years.map((y) => y.total.hi95 ?? y.total.forecast);
  const ticks = niceTicks(0, Math.max(...history.map((h) => h.total), ...highs));
  const y = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, height - margin.bottom, margin.top);
  const x = linearScale(years[0] ?? 0, years.at(-1) ?? 1, margin.left, width - margin.right);
  const band = (lo: 'lo80' | 'lo95', hi: 'hi80' | 'hi95') => {
    const rows = forecast.years.filter((r) => r.total[lo] !== null && r.total[hi] !== null);
    if (!last || rows.length === 0) return '';
    const upper = rows.map((r) => `${String(x(r.year))},${String(y(r.total[hi] ?? 0))}`);
    const lower = [...rows].reverse().map((r) => `${String(x(r.year))},${String(y(r.total[lo] ?? 0))}`);
    return [`${String(x(last.year))},${String(y(last.total))}`, ...upper, ...lower].join(' ');
  };
  const end = forecast.years.at(-1);
  const title = `${forecast.name}: EHCPs at the January census, published to ${String(forecast.origin)} and forecast to ${String(end?.year ?? '')} with 80% and 95% intervals`;
  const description = `Published: ${history.map((h) => `${String(h.year)} ${plans(h.total)}`).join(', ')}. Forecast: ${forecast.years
    .map(
      (r) =>
        `${String(r.year)} ${plans(r.total.forecast)} (80%: ${plans(r.total.lo80 ?? 0)} to ${plans(r.total.hi80 ?? 0)}; 95%: ${plans(r.total.lo95 ?? 0)} to ${plans(r.total.hi95 ?? 0)})`,
    )
    .join(', ')}.`;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-desc`}
        className="chart-svg"
        data-testid="forecast-fan"
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
        {years.map((year) => (
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
        <polygon points={band('lo95', 'hi95')} fill="#d7e3ef" />
        <polygon points={band('lo80', 'hi80')} fill="#9fbad6" />
        <polyline
          fill="none"
          stroke="#17324d"
          strokeWidth={3}
          points={history.map((h) => `${String(x(h.year))},${String(y(h.total))}`).join(' ')}
        />
        {history.map((h) => (
          <circle key={h.year} cx={x(h.year)} cy={y(h.total)} r={4} fill="#17324d" />
        ))}
        {last ? (
          <polyline
            fill="none"
            stroke="#17324d"
            strokeWidth={3}
            strokeDasharray="8 5"
            points={[
              `${String(x(last.year))},${String(y(last.total))}`,
              ...forecast.years.map((r) => `${String(x(r.year))},${String(y(r.total.forecast))}`),
            ].join(' ')}
          />
        ) : null}
        {end ? (
          <>
            <text
              x={x(end.year) + 8}
              y={y(end.total.forecast) + 4}
              className="chart-value"
            >{`Forecast ${plans(end.total.forecast)}`}</text>
            {end.total.hi80 !== null ? (
              <text x={x(end.year) + 8} y={y(end.total.hi80) + 4} className="chart-tick">
                80% interval
              </text>
            ) : null}
            {end.total.hi95 !== null ? (
              <text x={x(end.year) + 8} y={y(end.total.hi95) + 4} className="chart-tick">
                95% interval
              </text>
            ) : null}
          </>
        ) : null}
        {last ? (
          <text
            x={x(last.year)}
            y={y(last.total) - 12}
            textAnchor="middle"
            className="chart-value"
          >{`Published ${plans(last.total)}`}</text>
        ) : null}
      </svg>
    </figure>
  );
}
