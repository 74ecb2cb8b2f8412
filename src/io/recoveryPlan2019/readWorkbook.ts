import type ExcelJS from 'exceljs';
import { computeModel, type PlanLine, type PlanVersion, type RecoveryPlanDocument } from '../../core/finance';
import { formatMoney } from '../../core/money';
import { SheetReader, type CellError } from './cells';
import { recoveryPlan2019Layout as layout } from './layout';
import { readEhcpSheet } from './readEhcpSheet';
import { readFinancialSummary, type SectionLine } from './readFinancialSummary';
import { readFrontPage, type FrontPage } from './readFrontPage';

/** A recovery plan workbook read back: the plan version and its document, or every bad cell. */
export type RecoveryPlanReadResult =
  | { ok: true; plan: PlanVersion; doc: RecoveryPlanDocument }
  | { ok: false; errors: CellError[] };

/** The version name used when the workbook's properties carry none (a council's own copy of the template). */
export const defaultImportedVersionName = 'Deficit recovery plan (2019 template)';

function labelOf(line: SectionLine, front: FrontPage): string {
  const section =
    line.kind === 'saving' ? layout.financialSummary.savings : layout.financialSummary.pressures;
  const summaries = line.kind === 'saving' ? front.savingsSummary : front.pressuresSummary;
  for (const source of section.labelFrom) {
    const text =
      source === 'summary' ? summaries.find((s) => s.ref === line.ref)?.text : line.links.actionCategory;
    if (text) return text;
  }
  return line.ref;
}

/**
 * Reads a workbook in the DfE 2019 recovery plan layout (as `writeRecoveryPlanWorkbook` writes it, or
 * filled in by hand) into a plan version and its document. Amounts come from the input cells; totals,
 * variances and balances are formulas and only become the plan's published figures. Every cell read is
 * validated; any problem means no plan.
 */
export function readRecoveryPlanWorkbook(workbook: ExcelJS.Workbook): RecoveryPlanReadResult {
  const errors: CellError[] = [];
  const sheets = [layout.frontPage.sheet, layout.financialSummary.sheet, layout.ehcp.sheet].map((name) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      const present = workbook.worksheets.map((s) => `'${s.name}'`).join(', ') || 'none';
      errors.push({
        sheet: name,
        row: 0,
        column: '',
        value: '',
        message: `is missing: the ${layout.templateName} template has the sheets '${layout.frontPage.sheet}', '${layout.financialSummary.sheet}' and '${layout.ehcp.sheet}' (this workbook has ${present})`,
      });
    }
    return sheet && new SheetReader(sheet, errors);
  });
  const [frontSheet, financialSheet, ehcpSheet] = sheets;
  if (!frontSheet || !financialSheet || !ehcpSheet) return { ok: false, errors };

  const front = readFrontPage(frontSheet);
  const financial = readFinancialSummary(financialSheet);
  const ehcp = readEhcpSheet(ehcpSheet);
  if (!front || !financial || !ehcp || errors.length > 0) return { ok: false, errors };

  const version = (workbook.title ?? '').trim() || defaultImportedVersionName;
  const lines: PlanLine[] = [
    ...financial.sectionLines.map(
      (l): PlanLine => ({
        id: l.ref,
        kind: l.kind,
        label: labelOf(l, front),
        links: l.links,
        amounts: l.amounts,
      }),
    ),
    ...financial.fixedLines,
  ];
  const draft: PlanVersion = {
    council: front.localAuthorityNumber,
    version,
    years: financial.years,
    opening: { cumulativeDeficit: 0, dfeContributionsToDate: 0 },
    lines,
  };
  // The template gives the first year's closing balance, not its opening one: work back through the year.
  const firstVariance = computeModel(draft)[0]!.netHighNeedsDeficit;
  const first = financial.years[0]!;
  const plan: PlanVersion = {
    ...draft,
    ...(workbook.description ? { description: workbook.description } : {}),
    opening: {
      cumulativeDeficit: financial.firstCarriedForward - firstVariance,
      dfeContributionsToDate: 0,
      basis: `${first} DSG balance c/f ${formatMoney(financial.firstCarriedForward)} less its net in-year variance ${formatMoney(firstVariance)} (recovery plan workbook)`,
    },
    ...(Object.keys(financial.published).length > 0 ? { published: financial.published } : {}),
  };
  const doc: RecoveryPlanDocument = {
    council: front.localAuthorityNumber,
    planVersion: version,
    template: 'dfe-drp-2019',
    ...front,
    ehcpTable: ehcp.ehcpTable,
    ageBands: ehcp.ageBands,
  };
  return { ok: true, plan, doc };
}
