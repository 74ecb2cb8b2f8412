import type { NarrativeAnswer } from '../../core/finance';
import { normaliseLabel, type SheetReader } from './cells';
import { recoveryPlan2019Layout as layout, type ReferencedSection } from './layout';
import { isSectionRef } from './templateFit';

const page = layout.frontPage;
const { ref: A, text: B, value: C } = page.columns;

/** What the front page holds. */
export interface FrontPage {
  localAuthority: string;
  localAuthorityNumber: string;
  schoolsForumAgreement: string;
  schoolsForumLinks: string;
  narrative: NarrativeAnswer[];
  savingsSummary: Array<{ ref: string; text: string }>;
  pressuresSummary: Array<{ ref: string; text: string }>;
}

function readSummaries(
  sheet: SheetReader,
  section: ReferencedSection,
  from: number,
  to: number,
  skip: string[] = [],
): Array<{ ref: string; text: string }> {
  const summaries: Array<{ ref: string; text: string }> = [];
  for (let row = from; row <= to; row++) {
    const ref = sheet.text(row, A, false, `a reference like ${section.refPrefix}1`);
    const text = sheet.text(row, B, false, 'the summary');
    if (ref === undefined || text === undefined) continue;
    if (ref === '' && text === '') continue;
    if (skip.some((s) => normaliseLabel(s) === normaliseLabel(ref))) continue;
    if (!isSectionRef(section, ref)) {
      sheet.fail(
        row,
        A,
        ref,
        `is not a ${section.kind} reference: each ${section.kind} summary needs one like ${section.refPrefix}1, ${section.refPrefix}2`,
      );
      continue;
    }
    if (summaries.some((s) => s.ref === ref))
      sheet.fail(row, A, ref, `is listed twice in the ${section.kind}s summary`);
    else if (text === '') sheet.fail(row, B, '', `is blank: enter the summary of ${ref}`);
    else summaries.push({ ref, text });
  }
  return summaries;
}

/**
 * Reads the front page: the LA fields (found by their labels), each narrative question with its
 * answer (the two rows above a "Word count:" row), and the S and P summaries under their questions.
 * The word count the sheet shows is kept as the published count.
 */
export function readFrontPage(sheet: SheetReader): FrontPage | undefined {
  const template = layout.templateName;
  const fields: Record<string, string> = {};
  let after = 1;
  for (const field of page.fields) {
    const row = sheet.requireRow(A, field.label, 1, template);
    if (row === undefined) continue;
    after = Math.max(after, row);
    const value = sheet.text(row, C, field.required, field.label.toLowerCase());
    fields[field.key] = value ?? '';
  }
  const savingsRow = sheet.requireRow(A, page.savingsQuestion, after + 1, template);
  const pressuresRow =
    savingsRow === undefined
      ? undefined
      : sheet.requireRow(A, page.pressuresQuestion, savingsRow + 1, template);
  if (
    savingsRow === undefined ||
    pressuresRow === undefined ||
    Object.keys(fields).length < page.fields.length
  )
    return undefined;

  const narrative: NarrativeAnswer[] = [];
  for (let row = after + 1; row < savingsRow; row++) {
    const label = sheet.content(row, A);
    if (label.kind !== 'text' || normaliseLabel(label.text) !== normaliseLabel(page.wordCountLabel)) continue;
    const question = sheet.text(row - 2, A, true, 'the question');
    const answer = sheet.text(row - 1, A, false, 'the answer');
    const shown = sheet.shownNumber(row, B);
    if (question === undefined || answer === undefined) continue;
    narrative.push({
      question,
      answer,
      ...(shown !== undefined && Number.isInteger(shown) ? { publishedWordCount: shown } : {}),
    });
  }
  if (narrative.length === 0)
    sheet.fail(
      0,
      A,
      '',
      `has no narrative answers (a question, its answer, then a '${page.wordCountLabel}' row) above '${page.savingsQuestion.slice(0, 40)}...'`,
    );

  return {
    localAuthority: fields.localAuthority!,
    localAuthorityNumber: fields.localAuthorityNumber!,
    schoolsForumAgreement: fields.schoolsForumAgreement!,
    schoolsForumLinks: fields.schoolsForumLinks!,
    narrative,
    savingsSummary: readSummaries(sheet, layout.financialSummary.savings, savingsRow + 1, pressuresRow - 1),
    pressuresSummary: readSummaries(
      sheet,
      layout.financialSummary.pressures,
      pressuresRow + 1,
      sheet.sheet.rowCount,
      [page.pressuresAreas],
    ),
  };
}
