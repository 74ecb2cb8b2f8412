import type { LineLinks, PlanLine, PublishedFigures } from '../../core/finance';
import type { Pence } from '../../core/money';
import { nextFinancialYear, parseFinancialYear, type FinancialYear } from '../../core/periods';
import { normaliseLabel, type SheetReader } from './cells';
import {
  recoveryPlan2019Layout as layout,
  yearColumns,
  type FixedInputRow,
  type ReferencedSection,
} from './layout';
import { isSectionRef } from './templateFit';

const table = layout.financialSummary;
const { ref: A, block: B, provisionType: C, action: D } = table.columns;

/** An S or P line as the sheet holds it, before its label is taken from the summaries. */
export interface SectionLine {
  ref: string;
  kind: 'saving' | 'pressure';
  links: LineLinks;
  amounts: Partial<Record<FinancialYear, Pence>>;
}

/** What the financial table holds: its years, S and P lines, the fixed lines, the first year's c/f. */
export interface FinancialSummary {
  years: FinancialYear[];
  sectionLines: SectionLine[];
  fixedLines: PlanLine[];
  firstCarriedForward: Pence;
  /** The totals, variance and balances as the sheet shows them (saved formula results or typed figures). */
  published: PublishedFigures;
}

function readYears(sheet: SheetReader, columns: string[]): FinancialYear[] | undefined {
  const row = table.headerRow;
  const first = sheet.text(row, columns[0]!, true, 'the first financial year, e.g. 2018-19');
  let year: FinancialYear;
  try {
    year = parseFinancialYear(first ?? '');
  } catch {
    if (first)
      sheet.fail(
        row,
        columns[0]!,
        first,
        'is not a financial year such as 2018-19: is this the DfE deficit recovery plan (2019) template?',
      );
    return undefined;
  }
  const years = [year];
  columns.slice(1).forEach((column, i) => {
    const heading = sheet.text(row, column, true, `'${table.laterYearHeading}${i + 1}'`);
    if (
      heading !== undefined &&
      normaliseLabel(heading) !== normaliseLabel(`${table.laterYearHeading}${i + 1}`)
    ) {
      sheet.fail(row, column, heading, `should be headed '${table.laterYearHeading}${i + 1}'`);
    }
    years.push((year = nextFinancialYear(year)));
  });
  return years;
}

function readAmounts(
  sheet: SheetReader,
  row: number,
  columns: string[],
  years: FinancialYear[],
  shownAs: 1 | -1,
  blankIsNil: boolean,
  entrySign?: 'negative' | 'positive',
) {
  const amounts: Partial<Record<FinancialYear, Pence>> = {};
  columns.forEach((column, y) => {
    const shown = sheet.amount(row, column, blankIsNil);
    if (shown === undefined) return;
    if ((entrySign === 'negative' && shown > 0) || (entrySign === 'positive' && shown < 0)) {
      sheet.fail(
        row,
        column,
        String(shown / 100),
        `has the wrong sign: the template asks for these figures as ${entrySign} values`,
      );
      return;
    }
    amounts[years[y]!] = shown === 0 ? 0 : shown * shownAs;
  });
  return amounts;
}

function readSection(
  sheet: SheetReader,
  section: ReferencedSection,
  from: number,
  to: number,
  columns: string[],
  years: FinancialYear[],
): SectionLine[] {
  const lines: SectionLine[] = [];
  for (let row = from; row <= to; row++) {
    if ([A, B, C, D, ...columns].every((column) => sheet.content(row, column).kind === 'blank')) continue;
    const ref = sheet.text(row, A, false, `a reference like ${section.refPrefix}1`);
    if (ref !== undefined && !isSectionRef(section, ref)) {
      sheet.fail(
        row,
        A,
        ref,
        `is not a ${section.kind} reference: each row between '${section.heading}' and '${section.totalLabel}' needs one like ${section.refPrefix}1, ${section.refPrefix}2`,
      );
    } else if (ref !== undefined && lines.some((l) => l.ref === ref))
      sheet.fail(row, A, ref, `is used by two ${section.kind} rows`);
    const links: LineLinks = {};
    const block = sheet.text(row, B, false, 'the block');
    const provisionType = sheet.text(row, C, false, 'the type of provision');
    const actionCategory = sheet.text(row, D, false, 'the action');
    const amounts = readAmounts(sheet, row, columns, years, section.shownAs, false, section.entrySign);
    if (!ref || !isSectionRef(section, ref)) continue;
    links.drpRef = ref;
    if (block) links.block = block;
    if (provisionType) links.provisionType = provisionType;
    if (actionCategory) links.actionCategory = actionCategory;
    lines.push({ ref, kind: section.kind, links, amounts });
  }
  return lines;
}

function shownPence(sheet: SheetReader, row: number, column: string): Pence | undefined {
  const shown = sheet.shownNumber(row, column);
  return shown === undefined ? undefined : Math.round(shown * 100);
}

/** Reads the financial table: entries from input cells, the shown totals only as published figures. */
export function readFinancialSummary(sheet: SheetReader): FinancialSummary | undefined {
  const columns = yearColumns();
  const years = readYears(sheet, columns);
  const template = layout.templateName;
  const rows: Array<number | undefined> = [];
  const labels = [
    table.balanceBroughtForward,
    table.savings.heading,
    table.savings.totalLabel,
    table.pressures.heading,
    table.pressures.totalLabel,
    table.costReductions,
    table.forecastOverspend.label,
    table.netImpact,
    ...table.adjustments.map((a) => a.label),
    table.netVariance,
    table.balanceCarriedForward,
  ];
  let from = table.firstBodyRow;
  for (const label of labels) {
    const row = sheet.requireRow(A, label, from, template);
    rows.push(row);
    if (row !== undefined) from = row + 1;
  }
  if (!years || rows.some((r) => r === undefined)) return undefined;
  const [, savingsHeading, totalSavings, pressuresHeading, totalPressures, , forecastOverspend, , ...rest] =
    rows as number[];
  const adjustmentRows = rest.slice(0, table.adjustments.length);
  const [netVariance, carriedForward] = rest.slice(table.adjustments.length) as [number, number];

  const sectionLines = [
    ...readSection(sheet, table.savings, savingsHeading! + 1, totalSavings! - 1, columns, years),
    ...readSection(sheet, table.pressures, pressuresHeading! + 1, totalPressures! - 1, columns, years),
  ];
  const fixed: Array<[FixedInputRow, number]> = [
    [table.forecastOverspend, forecastOverspend!],
    ...table.adjustments.map((spec, i): [FixedInputRow, number] => [spec, adjustmentRows[i]!]),
  ];
  const fixedLines = fixed.map(
    ([spec, row]): PlanLine => ({
      id: spec.line.id,
      kind: spec.line.kind,
      label: spec.label,
      links: { ...spec.line.links },
      amounts: readAmounts(sheet, row, columns, years, spec.shownAs, true),
    }),
  );
  const firstCarriedForward = sheet.amount(carriedForward, columns[0]!, false);

  const published: PublishedFigures = {};
  years.forEach((year, y) => {
    const figures: Partial<
      Record<'totalSavings' | 'netHighNeedsDeficit' | 'cumulativeDeficitBeforeDfe', Pence>
    > = {};
    const savings = shownPence(sheet, totalSavings!, columns[y]!);
    if (savings !== undefined) figures.totalSavings = savings === 0 ? 0 : -savings;
    const variance = shownPence(sheet, netVariance, columns[y]!);
    if (variance !== undefined) figures.netHighNeedsDeficit = variance;
    const balance = shownPence(sheet, carriedForward, columns[y]!);
    if (balance !== undefined) figures.cumulativeDeficitBeforeDfe = balance;
    if (Object.keys(figures).length > 0) published[year] = figures;
  });
  if (firstCarriedForward === undefined) return undefined;
  return { years, sectionLines, fixedLines, firstCarriedForward, published };
}
