import ExcelJS from 'exceljs';
import type { PlanVersion, RecoveryPlanDocument } from '../../core/finance';
import { recoveryPlan2019Layout as layout } from './layout';
import { recoveryPlanFitProblems } from './templateFit';
import { writeEhcpSheet } from './writeEhcpSheet';
import { writeFinancialSummary } from './writeFinancialSummary';
import { writeFrontPage } from './writeFrontPage';

/** Thrown when a plan cannot be shown on the template without changing its figures; lists every reason. */
export class RecoveryPlanFitError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The plan does not fit the ${layout.templateName} template:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/**
 * The plan version and its document as a workbook in the DfE 2019 recovery plan layout: front page,
 * financial summary (roll-forward as formulas with saved results), EHCP data. The version name and
 * description travel in the file's properties. Throws RecoveryPlanFitError when the plan does not fit.
 */
export function writeRecoveryPlanWorkbook(plan: PlanVersion, doc: RecoveryPlanDocument): ExcelJS.Workbook {
  const problems = recoveryPlanFitProblems(plan, doc);
  if (problems.length > 0) throw new RecoveryPlanFitError(problems);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'highneeds';
  workbook.title = plan.version;
  workbook.subject = layout.templateName;
  if (plan.description) workbook.description = plan.description;
  // Excel recalculates on opening; the saved results are for viewers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  writeFrontPage(workbook, doc);
  writeFinancialSummary(workbook, plan);
  writeEhcpSheet(workbook, doc);
  return workbook;
}
