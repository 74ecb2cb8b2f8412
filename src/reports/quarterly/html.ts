import { formatKpiValue } from '../../core/kpi';
import { longDate, type SignOff } from '../../core/safetyValve';
import { escapeXml } from '../escapeXml';
import { deficitProfileSvg, ehcpSvgs } from './charts';
import { thousands } from './figures';
import type { QuarterlyReportData } from './reportData';
import { reportCss } from './styles';
import { appendicesList, contributionsTable, kpiTable, monitoringTable, ragCell, riskTable } from './tables';
import { narrativeHtml, quarterTitle } from './text';

const e = escapeXml;

function signedBy(signOff: SignOff | null, officer: string | null): string {
  if (signOff)
    return `${e(officer ?? signOff.name)}<br><span class="caption">signed in highneeds by ${e(signOff.name)} (${e(signOff.email)}) on ${longDate(signOff.at.slice(0, 10))}</span>`;
  return `<i>Not yet signed</i>${officer ? ` (${e(officer)})` : ''}`;
}

function details(d: QuarterlyReportData): string {
  const r = d.return;
  return `<table class="details"><tbody>
<tr><th>Date Submitted</th><td>${r.dateSubmitted ? longDate(r.dateSubmitted) : '<i>Not yet submitted</i>'}</td></tr>
<tr><th>Data Date</th><td>${longDate(r.dataDate)}</td></tr>
<tr><th>Signed off by S151 Officer</th><td>${signedBy(r.s151SignOff, d.council.s151Officer)}</td></tr>
<tr><th>Signed off by Director of Children’s Services</th><td>${signedBy(r.dcsSignOff, d.council.directorOfChildrensServices)}</td></tr>
<tr><th>Status</th><td>${e(d.statusText[0]!.toUpperCase() + d.statusText.slice(1))}</td></tr>
</tbody></table>`;
}

function summaryTiles(d: QuarterlyReportData): string {
  const a = d.summaries.assurance;
  const k = d.summaries.kpiRag;
  return `<div class="tiles">
<div class="tile">Conditions with good assurance<b>${a.Good}</b></div>
<div class="tile">Medium assurance<b>${a.Medium}</b></div>
<div class="tile">Low assurance<b>${a.Low}</b></div>
<div class="tile">KPIs green / amber / red<b>${k.G} / ${k.A} / ${k.R}</b>${k.none > 0 ? `<span class="caption">${k.none} with nothing to judge</span>` : ''}</div>
</div>`;
}

function conditionSummaryTable(d: QuarterlyReportData): string {
  return `<table><thead><tr><th>Agreement Condition</th><th>Assurance Level</th></tr></thead><tbody>${d.conditions.map((c) => `<tr><td>Condition ${e(c.number)}: ${e(c.title)}</td><td class="assurance assurance-${c.assurance ?? 'none'}">${e(c.assurance ?? 'Not assessed')}</td></tr>`).join('')}</tbody></table>`;
}

function keyIndicators(c: QuarterlyReportData['conditions'][number]): string {
  if (c.keyKpis.length === 0) return '';
  const rows = c.keyKpis.map(
    (k) =>
      `<tr><td>${e(k.name)}</td><td class="num">${e(formatKpiValue(k, k.periodTarget) || 'n/a')}</td><td class="num">${e(formatKpiValue(k, k.value) || 'n/a')}</td>${ragCell(k.rag)}</tr>`,
  );
  return `<p>The key indicators to note are:</p><table style="width:80%"><thead><tr><th>KPI</th><th class="num">SVA Target</th><th class="num">Projected</th><th>RAG</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function conditionSection(d: QuarterlyReportData, c: QuarterlyReportData['conditions'][number]): string {
  const savings =
    c.savingsAchieved !== null && c.savingsTarget !== null
      ? `<p class="savings">Savings achieved: ${thousands(c.savingsAchieved)} of ${thousands(c.savingsTarget)} target.</p>`
      : c.savingsAchieved !== null
        ? `<p class="savings">Savings achieved: ${thousands(c.savingsAchieved)}.</p>`
        : '';
  // Drawn from the savings delivery log unless the council set the figure itself, which it says, with the difference.
  const source =
    c.savingsFrom === 'delivery'
      ? '<p class="caption">From the savings delivery log as at the data date.</p>'
      : c.savingsCheck
        ? `<p class="caption">${e(c.savingsCheck)}</p>`
        : '';
  const contributions = c.number === '3.5' ? contributionsTable(d) : '';
  return `<div class="condition"><div class="condition-head"><span>Condition ${e(c.number)}: ${e(c.title)}</span><span class="assurance assurance-${c.assurance ?? 'none'}">${e(c.assurance ?? 'Not assessed')}</span></div>
${c.text ? `<p class="caption">${e(c.text)}</p>` : ''}
<p><b>Progress update:</b></p>
${narrativeHtml(c.narrative) || '<p><i>No progress update recorded.</i></p>'}
${savings}${source}${keyIndicators(c)}${contributions}</div>`;
}

/** The quarterly Safety Valve report as one HTML document (charts inline as SVG), in seed 003's order. */
export function quarterlyReportHtml(d: QuarterlyReportData): string {
  const title = `${quarterTitle(d.return.period)} Summary Update Report`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${e(d.council.name)}: Safety Valve ${e(title)}</title><style>${reportCss}</style></head><body>
<p class="council">${e(d.council.name)} (LA ${e(d.council.code)})</p>
<h1>${e(d.agreement.name)}</h1>
<p class="subtitle">${e(title)}</p>
${d.status === 'locked' ? '' : `<p class="draft">${e(d.statusText[0]!.toUpperCase() + d.statusText.slice(1))}: this return is not yet signed off by both officers.</p>`}
${details(d)}
<h2>Summary</h2>
${narrativeHtml(d.return.summary)}
${summaryTiles(d)}
${conditionSummaryTable(d)}
<h2>Progress against the agreement conditions</h2>
${d.conditions.map((c) => conditionSection(d, c)).join('\n')}
<h2 class="section-break">Deficit and demand</h2>
<h3>Cumulative deficit against the agreed profile</h3>
<div class="figure">${deficitProfileSvg(d)}<p class="caption">Cumulative DSG deficit at 31 March, ${e(d.agreement.profileBasis)}: the agreement’s maximum profile, the agreed model${d.deficitProfile.agreedVersion ? ` (“${e(d.deficitProfile.agreedVersion)}”)` : ''} and the latest projection${d.deficitProfile.projectionVersion ? ` (“${e(d.deficitProfile.projectionVersion)}”)` : ''}. Years without a figure are not held.</p></div>
${d.ehcpChart.length > 0 ? `<h3>EHCPs against target</h3><div class="figure">${ehcpSvgs(d.ehcpChart).join('')}<p class="caption">EHCPs against target for ${e(d.return.kpiPeriod)}: baseline, target for the period and actual or projected figure.</p></div>` : ''}
<h2>Key Performance Indicators</h2>
${kpiTable(d)}
<h2>${e(d.council.name)} financial model monitoring</h2>
${monitoringTable(d)}
<h2>Risk register</h2>
${riskTable(d)}
<h2>Summary of appendices</h2>
${appendicesList(d)}
</body></html>`;
}

/** The footer Chromium prints on every page: the report's name and "Page N of M". */
export function footerTemplate(d: QuarterlyReportData): string {
  return `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #4a5a68; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${e(d.council.name)}: Safety Valve return ${e(d.return.period)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
