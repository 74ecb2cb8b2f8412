import { formatKpiValue } from '../../core/kpi';
import { escapeXml } from '../escapeXml';
import { millions3, ragWord, signedThousands } from './figures';
import type { QuarterlyReportData } from './reportData';

const e = escapeXml;

/** A RAG cell: coloured, and the letter in words for readers who cannot see the colour. */
export function ragCell(rag: 'G' | 'A' | 'R' | null): string {
  if (!rag) return '<td class="rag"></td>';
  return `<td class="rag rag-${rag}" title="${ragWord[rag]}">${rag}</td>`;
}

/** The KPI table of seed 003: ref, name, baseline, target for the period, value, RAG, comment, derivation, category. */
export function kpiTable(data: QuarterlyReportData): string {
  if (!data.kpis)
    return `<p class="problem">The KPI table cannot be shown: ${e(data.kpiProblem ?? 'no KPIs for the period')}.</p>`;
  const rows = data.kpis.kpis.map(
    (k) =>
      `<tr><td>${e(k.ref)}</td><td>${e(k.name)}</td><td class="num">${e(formatKpiValue(k, k.baseline) || 'n/a')}</td><td class="num">${e(formatKpiValue(k, k.periodTarget) || 'n/a')}</td><td class="num">${e(formatKpiValue(k, k.value) || 'n/a')}</td>${ragCell(k.rag)}<td>${e(k.comment ?? '')}${k.overridden ? ` <i>(RAG set by the council: ${e(k.overrideReason ?? '')})</i>` : ''}</td><td>${e(k.targetDerivation)}</td><td>${e(k.category)}</td></tr>`,
  );
  return `<table class="kpis"><thead><tr><th>Ref</th><th>Key Performance Indicator</th><th class="num">Baseline</th><th class="num">Target ${e(data.kpis.period)}</th><th class="num">Actual / projected</th><th>RAG</th><th>Comment</th><th>Target Derivation</th><th>KPI Category</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="caption">Targets for ${e(data.kpis.period)} (${data.kpis.monthsElapsed} months of ${e(data.return.financialYear)} elapsed) from ${e(data.kpis.targetVersion ?? 'the annual targets')}; computed values from ${e(data.kpis.valueVersion ?? 'the entered values')}.</p>`;
}

/** The financial model monitoring table: agreed model against the latest projection, £m, with variance and RAG. */
export function monitoringTable(data: QuarterlyReportData): string {
  if (!data.monitoring)
    return `<p class="problem">The monitoring table cannot be shown: ${e(data.monitoringProblem ?? 'no versions to compare')}.</p>`;
  const m = data.monitoring;
  const rows = m.rows.map(
    (r) =>
      `<tr${r.total ? ' class="total"' : ''}><td>${e(r.label)}</td><td class="num">${millions3(r.model)}</td><td class="num">${millions3(r.projection)}</td><td class="num">${millions3(r.variance)}</td>${ragCell(r.rag)}</tr>`,
  );
  return `<table class="monitoring"><thead><tr><th>${e(data.council.name)} financial model ${e(m.year.replace('-', '/'))}</th><th class="num">Financial Model<br>£m</th><th class="num">${e(m.toVersion)}<br>£m</th><th class="num">Variance<br>£m</th><th>RAG</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="caption">Financial Model: “${e(m.fromVersion)}”; projection: “${e(m.toVersion)}”. Variance is projection less model; negative is below the model.</p>`;
}

/** Condition 3.5's partner contributions: change relative to the previous year, with the total. */
export function contributionsTable(data: QuarterlyReportData): string {
  const { rows, total } = data.partnerContributions;
  if (rows.length === 0) return '';
  return `<table class="contributions" style="width:60%"><thead><tr><th>Partner</th><th class="num">Actual increase in contribution relative to the previous year</th></tr></thead><tbody>${rows.map((r) => `<tr><td>${e(r.partner)}</td><td class="num">${signedThousands(r.change)}</td></tr>`).join('')}<tr class="total"><td>Total</td><td class="num">${signedThousands(total)}</td></tr></tbody></table>`;
}

/** The risk register; a dash marks a score or field the register does not hold, as the caption says. */
export function riskTable(data: QuarterlyReportData): string {
  if (data.risks.length === 0) return '<p>No risks are recorded in this return.</p>';
  const n = (v: number | null) => (v === null ? '–' : String(v));
  const rows = data.risks.map(
    (r) =>
      `<tr><td>${e(r.risk)}</td><td class="num">${n(r.likelihood)}</td><td class="num">${n(r.impact)}</td><td class="num">${n(r.score)}</td><td>${e(r.mitigation)}</td><td>${e(r.owner ?? '–')}</td><td>${e(r.trend ?? '–')}</td></tr>`,
  );
  const missing = data.risks.some(
    (r) => r.likelihood === null || r.impact === null || r.owner === null || r.trend === null,
  );
  return `<table class="risks"><colgroup><col style="width:30%"><col style="width:9%"><col style="width:8%"><col style="width:7%"><col style="width:28%"><col style="width:10%"><col style="width:8%"></colgroup><thead><tr><th>Risk</th><th class="num">Likelihood</th><th class="num">Impact</th><th class="num">Score</th><th>Mitigation</th><th>Owner</th><th>Trend</th></tr></thead><tbody>${rows.join('')}</tbody></table>${missing ? '<p class="caption">– not scored or not recorded in this return. Score is likelihood × impact (each 1 to 5).</p>' : ''}`;
}

/** The list of appendices. */
export function appendicesList(data: QuarterlyReportData): string {
  if (data.return.appendices.length === 0) return '<p>No appendices.</p>';
  return `<ul>${data.return.appendices.map((a) => `<li>Appendix ${e(a.letter)} - ${e(a.title)}</li>`).join('')}</ul>`;
}
