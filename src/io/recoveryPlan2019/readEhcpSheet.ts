import type { AgeBandRow, EhcpYearRow } from '../../core/finance';
import { normaliseLabel, type SheetReader } from './cells';
import { ageBandColumns, recoveryPlan2019Layout as layout } from './layout';

const ehcp = layout.ehcp;
const c = ehcp.columns;

/** Reads the EHCP table (rows down to the first empty year) and the age bands (down to 'Total'). */
export function readEhcpSheet(
  sheet: SheetReader,
): { ehcpTable: EhcpYearRow[]; ageBands: AgeBandRow[] } | undefined {
  const plansHeading = sheet.text(ehcp.headerRow, c.plans);
  if (plansHeading === undefined || normaliseLabel(plansHeading) !== normaliseLabel(ehcp.headings.plans)) {
    sheet.fail(
      ehcp.headerRow,
      c.plans,
      plansHeading ?? '',
      `should be headed '${ehcp.headings.plans}': is this the ${layout.templateName} template?`,
    );
    return undefined;
  }
  const ehcpTable: EhcpYearRow[] = [];
  let row = ehcp.headerRow + 1;
  for (; sheet.content(row, c.year).kind !== 'blank'; row++) {
    const year = sheet.count(row, c.year, 'a calendar year such as 2019');
    const plans = sheet.count(row, c.plans, 'a whole number of plans');
    const totalHnb = sheet.amount(row, c.totalHnb, false);
    const outturn = sheet.amount(row, c.outturn, false);
    const cumulative = sheet.amount(row, c.cumulative, false);
    if (year !== undefined && (year < 1990 || year > 2100))
      sheet.fail(row, c.year, String(year), 'is not a calendar year such as 2019');
    if (ehcpTable.some((r) => r.year === year)) sheet.fail(row, c.year, String(year), 'is listed twice');
    if (
      year === undefined ||
      plans === undefined ||
      totalHnb === undefined ||
      outturn === undefined ||
      cumulative === undefined
    )
      continue;
    ehcpTable.push({ year, plans, totalHnb, outturn, cumulative });
  }

  const ageHeader = sheet.findRow(ageBandColumns(0).percent, ehcp.percentHeading, row);
  const total =
    ageHeader === undefined
      ? undefined
      : sheet.requireRow(ehcp.ageBandLabelColumn, ehcp.totalLabel, ageHeader + 1, layout.templateName);
  if (ageHeader === undefined) {
    sheet.fail(
      0,
      ageBandColumns(0).percent,
      '',
      `has no age-band table (a row headed '${ehcp.percentHeading}' in column ${ageBandColumns(0).percent}) below the EHCP table: is this the ${layout.templateName} template?`,
    );
  }
  if (ageHeader === undefined || total === undefined) return undefined;

  const ageBands: AgeBandRow[] = [];
  for (let bandRow = ageHeader + 1; bandRow < total; bandRow++) {
    const band = sheet.text(bandRow, ehcp.ageBandLabelColumn, true, 'the age band');
    const counts: number[] = [];
    const percents: number[] = [];
    ehcpTable.forEach((_, i) => {
      const { count, percent } = ageBandColumns(i);
      const n = sheet.count(bandRow, count, 'a whole number of plans');
      if (n !== undefined) counts.push(n);
      const shown = sheet.shownNumber(bandRow, percent);
      if (shown !== undefined) percents.push(Math.round(shown * 100));
    });
    if (!band || counts.length !== ehcpTable.length) continue;
    ageBands.push({
      band,
      counts,
      ...(percents.length === counts.length ? { publishedPercent: percents } : {}),
    });
  }
  return { ehcpTable, ageBands };
}
