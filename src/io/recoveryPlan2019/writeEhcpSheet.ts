import type ExcelJS from 'exceljs';
import type { RecoveryPlanDocument } from '../../core/finance';
import { toPounds } from '../../core/money';
import { ageBandColumns, recoveryPlan2019Layout as layout } from './layout';
import { baseFont, boxed, formula, heading, inputValue, setWidths } from './styles';

const ehcp = layout.ehcp;
const { styles } = layout;

/** Row numbers of the EHCP sheet as written. */
export interface EhcpSheetRows {
  firstYear: number;
  ageHeader: number;
  firstBand: number;
  total: number;
}

/**
 * Writes the "Education, Health and Care Plans" table (one row per census year) and EHCPs by age band
 * with % of total. The age-band total is the table's number of plans (as the template printed it, even
 * where the bands add up to one fewer), and each % is a live formula on it.
 */
export function writeEhcpSheet(workbook: ExcelJS.Workbook, doc: RecoveryPlanDocument): EhcpSheetRows {
  const sheet = workbook.addWorksheet(ehcp.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const years = doc.ehcpTable;
  setWidths(sheet, {
    A: ehcp.widths.A,
    B: ehcp.widths.B,
    C: ehcp.widths.C,
    D: ehcp.widths.D,
    E: ehcp.widths.E,
  });
  for (let i = 0; i < years.length; i++) {
    for (const column of Object.values(ageBandColumns(i)))
      if (!['A', 'B', 'C', 'D', 'E'].includes(column)) sheet.getColumn(column).width = ehcp.widths.other;
  }
  heading(sheet.getCell(ehcp.titleCell), ehcp.title, false, styles.fontSize + 2);

  const c = ehcp.columns;
  for (const key of ['year', 'plans', 'totalHnb', 'outturn', 'cumulative'] as const) {
    heading(sheet.getCell(`${c[key]}${ehcp.headerRow}`), ehcp.headings[key], true);
    sheet.getCell(`${c[key]}${ehcp.headerRow}`).alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: key === 'year' ? 'left' : 'right',
    };
  }
  sheet.getRow(ehcp.headerRow).height = 28;
  const firstYear = ehcp.headerRow + 1;
  years.forEach((y, i) => {
    const row = firstYear + i;
    inputValue(sheet.getCell(`${c.year}${row}`), y.year);
    sheet.getCell(`${c.year}${row}`).font = { ...baseFont, bold: true };
    sheet.getCell(`${c.year}${row}`).alignment = { horizontal: 'left' };
    inputValue(sheet.getCell(`${c.plans}${row}`), y.plans, styles.countFormat);
    inputValue(sheet.getCell(`${c.totalHnb}${row}`), toPounds(y.totalHnb), styles.poundsFormat);
    inputValue(sheet.getCell(`${c.outturn}${row}`), toPounds(y.outturn), styles.poundsFormat);
    inputValue(sheet.getCell(`${c.cumulative}${row}`), toPounds(y.cumulative), styles.poundsFormat);
  });

  const ageHeader = firstYear + years.length + ehcp.gapRows;
  const firstBand = ageHeader + 1;
  const total = firstBand + doc.ageBands.length;
  heading(sheet.getCell(`${ehcp.ageBandLabelColumn}${ageHeader}`), '', true);
  years.forEach((y, i) => {
    const { count, percent } = ageBandColumns(i);
    formula(sheet.getCell(`${count}${ageHeader}`), `${c.year}${firstYear + i}`, y.year, '0', true);
    sheet.getCell(`${count}${ageHeader}`).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: styles.headingFill },
    };
    heading(sheet.getCell(`${percent}${ageHeader}`), ehcp.percentHeading, true);
    for (const column of [count, percent])
      sheet.getCell(`${column}${ageHeader}`).alignment = {
        horizontal: 'center',
        vertical: 'middle',
        wrapText: true,
      };
  });
  sheet.getRow(ageHeader).height = 28;

  doc.ageBands.forEach((band, b) => {
    const row = firstBand + b;
    heading(sheet.getCell(`${ehcp.ageBandLabelColumn}${row}`), band.band);
    boxed(sheet.getCell(`${ehcp.ageBandLabelColumn}${row}`));
    years.forEach((y, i) => {
      const { count, percent } = ageBandColumns(i);
      const n = band.counts[i] ?? 0;
      inputValue(sheet.getCell(`${count}${row}`), n, styles.countFormat);
      formula(
        sheet.getCell(`${percent}${row}`),
        `IF(${count}$${total}=0,0,${count}${row}/${count}$${total})`,
        y.plans === 0 ? 0 : n / y.plans,
        styles.percentFormat,
      );
    });
  });
  heading(sheet.getCell(`${ehcp.ageBandLabelColumn}${total}`), ehcp.totalLabel);
  boxed(sheet.getCell(`${ehcp.ageBandLabelColumn}${total}`));
  years.forEach((y, i) => {
    const { count, percent } = ageBandColumns(i);
    formula(
      sheet.getCell(`${count}${total}`),
      `${c.plans}${firstYear + i}`,
      y.plans,
      styles.countFormat,
      true,
    );
    const shares = doc.ageBands.reduce(
      (s, band) => s + (y.plans === 0 ? 0 : (band.counts[i] ?? 0) / y.plans),
      0,
    );
    formula(
      sheet.getCell(`${percent}${total}`),
      doc.ageBands.length ? `SUM(${percent}${firstBand}:${percent}${total - 1})` : '0',
      shares,
      styles.percentFormat,
      true,
    );
  });
  sheet.getCell(`${ehcp.ageBandLabelColumn}${total}`).font = { ...baseFont, bold: true };
  return { firstYear, ageHeader, firstBand, total };
}
