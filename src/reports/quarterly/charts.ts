import { formatKpiValue, type KpiUnit } from '../../core/kpi';
import type { DeficitProfilePoint } from '../../core/safetyValve';
import { escapeXml, linear, niceTicks, tidy } from '../svg';

const ink = '#1d2b36';
const grid = '#d5dbe0';
const series = [
  { key: 'maximum', label: 'Agreement maximum', stroke: '#8a1c1c', dash: '7 5', marker: 'square' },
  { key: 'agreed', label: 'Agreed model', stroke: '#17324d', dash: '', marker: 'circle' },
  { key: 'projected', label: 'Latest projection', stroke: '#b35900', dash: '2 4', marker: 'diamond' },
] as const;

const millions = (pence: number) => pence / 100_000_000;
const fmtM = (pence: number) => `£${millions(pence).toFixed(1)}m`;

function marker(kind: string, x: number, y: number, colour: string): string {
  if (kind === 'square')
    return `<rect x="${tidy(x - 4)}" y="${tidy(y - 4)}" width="8" height="8" fill="${colour}"/>`;
  if (kind === 'diamond')
    return `<path d="M${tidy(x)} ${tidy(y - 5)} L${tidy(x + 5)} ${tidy(y)} L${tidy(x)} ${tidy(y + 5)} L${tidy(x - 5)} ${tidy(y)} Z" fill="${colour}"/>`;
  return `<circle cx="${tidy(x)}" cy="${tidy(y)}" r="4" fill="${colour}"/>`;
}

/**
 * The cumulative DSG deficit (before DfE funding) at each year-end: the agreement's maximum, the agreed
 * model and the latest projection. Series differ by dash and marker as well as colour; years without a
 * figure are gaps, and the values are printed at the points.
 */
export function deficitProfileChart(points: DeficitProfilePoint[], width = 680, height = 300): string {
  const margin = { top: 44, right: 20, bottom: 40, left: 64 };
  const values = points
    .flatMap((p) => [p.maximum, p.agreed, p.projected])
    .filter((v): v is number => v !== null)
    .map(millions);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(1, ...values));
  const y = linear(ticks[0]!, ticks.at(-1)!, height - margin.bottom, margin.top);
  const band = (width - margin.left - margin.right) / Math.max(1, points.length);
  const x = (i: number) => margin.left + (i + 0.5) * band;
  const parts: string[] = [];
  for (const t of ticks)
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${tidy(y(t))}" y2="${tidy(y(t))}" stroke="${grid}"/><text x="${margin.left - 6}" y="${tidy(y(t) + 4)}" text-anchor="end">£${t}m</text>`,
    );
  points.forEach((p, i) =>
    parts.push(
      `<text x="${tidy(x(i))}" y="${height - margin.bottom + 18}" text-anchor="middle">31 Mar ${Number(p.year.slice(0, 4)) + 1}</text>`,
    ),
  );
  series.forEach((s, si) => {
    const pts = points
      .map((p, i) => ({ i, v: p[s.key] }))
      .filter((p): p is { i: number; v: number } => p.v !== null);
    if (pts.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${s.stroke}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''} points="${pts.map((p) => `${tidy(x(p.i))},${tidy(y(millions(p.v)))}`).join(' ')}"/>`,
      );
    for (const p of pts) {
      parts.push(marker(s.marker, x(p.i), y(millions(p.v)), s.stroke));
      // Labels sit above (maximum), right (agreed) and below (projection) the point, so equal values stay legible.
      const [dx, dy, anchor] = [
        [0, -10, 'middle'],
        [9, 4, 'start'],
        [0, 18, 'middle'],
      ][si] as [number, number, string];
      parts.push(
        `<text x="${tidy(x(p.i) + dx)}" y="${tidy(y(millions(p.v)) + dy)}" text-anchor="${anchor}" fill="${s.stroke}" font-weight="bold">${fmtM(p.v)}</text>`,
      );
    }
    const lx = margin.left + si * 190;
    parts.push(
      `<line x1="${lx}" x2="${lx + 26}" y1="16" y2="16" stroke="${s.stroke}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}/>${marker(s.marker, lx + 13, 16, s.stroke)}<text x="${lx + 32}" y="20">${s.label}</text>`,
    );
  });
  const described = points
    .map(
      (p) =>
        `${p.year}: ${series.map((s) => `${s.label.toLowerCase()} ${p[s.key] === null ? 'not held' : fmtM(p[s.key]!)}`).join(', ')}`,
    )
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="Liberation Sans, Arial, sans-serif" font-size="11" fill="${ink}"><title>Cumulative DSG deficit before Safety Valve funding against the agreed profile</title><desc>${escapeXml(described)}</desc>${parts.join('')}</svg>`;
}

/** One KPI on the EHCP chart. */
export interface EhcpBar {
  ref: string;
  name: string;
  unit: KpiUnit;
  baseline: number | null;
  periodTarget: number | null;
  value: number | null;
}

/**
 * EHCP numbers against target: for each KPI, bars for the baseline, the period target and the value,
 * with the figure printed on each bar.
 */
export function ehcpChart(kpis: EhcpBar[], width = 680, height = 260): string {
  const margin = { top: 36, right: 16, bottom: 44, left: 56 };
  const keys = [
    { key: 'baseline', label: 'Baseline', fill: '#9aa9b5' },
    { key: 'periodTarget', label: 'Target', fill: '#17324d' },
    { key: 'value', label: 'Actual / projected', fill: '#b35900' },
  ] as const;
  const values = kpis.flatMap((k) => keys.map((c) => k[c.key])).filter((v): v is number => v !== null);
  const ticks = niceTicks(0, Math.max(1, ...values));
  const y = linear(0, ticks.at(-1)!, height - margin.bottom, margin.top);
  const group = (width - margin.left - margin.right) / Math.max(1, kpis.length);
  const bar = Math.min(56, (group * 0.7) / keys.length);
  const parts: string[] = [];
  for (const t of ticks)
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${tidy(y(t))}" y2="${tidy(y(t))}" stroke="${grid}"/><text x="${margin.left - 6}" y="${tidy(y(t) + 4)}" text-anchor="end">${t.toLocaleString('en-GB')}</text>`,
    );
  kpis.forEach((k, gi) => {
    const left = margin.left + gi * group + (group - bar * keys.length) / 2;
    keys.forEach((c, ci) => {
      const v = k[c.key];
      if (v === null) return;
      const bx = left + ci * bar;
      parts.push(
        `<rect x="${tidy(bx + 2)}" y="${tidy(y(v))}" width="${tidy(bar - 4)}" height="${tidy(y(0) - y(v))}" fill="${c.fill}"/><text x="${tidy(bx + bar / 2)}" y="${tidy(y(v) - 4)}" text-anchor="middle">${escapeXml(formatKpiValue(k, v))}</text>`,
      );
    });
    parts.push(
      `<text x="${tidy(margin.left + (gi + 0.5) * group)}" y="${height - margin.bottom + 18}" text-anchor="middle">${escapeXml(`KPI ${k.ref}: ${k.name}`)}</text>`,
    );
  });
  keys.forEach((c, i) =>
    parts.push(
      `<rect x="${margin.left + i * 150}" y="8" width="12" height="12" fill="${c.fill}"/><text x="${margin.left + i * 150 + 18}" y="18">${c.label}</text>`,
    ),
  );
  const described = kpis
    .map(
      (k) =>
        `KPI ${k.ref} ${k.name}: ${keys.map((c) => `${c.label.toLowerCase()} ${k[c.key] === null ? 'n/a' : formatKpiValue(k, k[c.key])}`).join(', ')}`,
    )
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="Liberation Sans, Arial, sans-serif" font-size="11" fill="${ink}"><title>EHCPs against target</title><desc>${escapeXml(described)}</desc>${parts.join('')}</svg>`;
}
