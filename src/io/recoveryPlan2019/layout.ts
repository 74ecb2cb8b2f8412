import type { LineKind, LineLinks } from '../../core/finance';
import { columnLetter, columnNumber } from './cells';

// The DfE's 2019 DSG deficit recovery plan template, as far as Kingston's completed plan (seed 000) shows
// it. Every sheet name, heading, label, column and style the writer and reader use is here, so that a
// re-issued template is a change to this object, not a hunt through the code. Rows below the headings
// follow from the number of questions, savings and pressures: the reader finds them by their labels.

/** A row of the financial table that holds one plan line of a fixed kind (not an S or P line). */
export interface FixedInputRow {
  label: string;
  /** The plan line the row is read into: its id, kind and links (the label is the row label). */
  line: { id: string; kind: LineKind; links: LineLinks };
  /** +1 when the template shows the stored amount as it is, -1 when it shows it negative. */
  shownAs: 1 | -1;
  /** A nil amount is written as an empty cell (as Kingston left it), and an empty cell is read as nil. */
  zeroShownAsBlank?: boolean;
}

/** How S (saving) or P (pressure) rows are written and read. */
export interface ReferencedSection {
  heading: string;
  totalLabel: string;
  refPrefix: 'S' | 'P';
  kind: 'saving' | 'pressure';
  /** Savings are stored positive and shown negative. */
  shownAs: 1 | -1;
  /** The sign the template asks the entries to have (zero is always allowed). */
  entrySign: 'negative' | 'positive';
  /**
   * Where a line's label comes from when read back. A saving's action is one of the DfE's shared
   * categories, so the summary of the measure names it; a pressure's action names the pressure itself,
   * and its summary is the longer account of local circumstances.
   */
  labelFrom: ReadonlyArray<'summary' | 'action'>;
}

/** The template layout description: sheets, positions, labels and styles of the 2019 recovery plan. */
export const recoveryPlan2019Layout = {
  templateName: 'DfE DSG deficit recovery plan (2019)',
  styles: {
    /** The fill the template's key calls "User entry required". */
    inputFill: 'FFFFF2CC',
    headingFill: 'FFD9E1F2',
    borderColour: 'FFBFBFBF',
    moneyFormat: '#,##0;(#,##0)',
    poundsFormat: '£#,##0;(£#,##0)',
    countFormat: '#,##0',
    percentFormat: '0%',
    fontName: 'Arial',
    fontSize: 10,
    lineHeightPoints: 13,
  },
  frontPage: {
    sheet: 'Recovery Plan',
    title: 'DSG deficit recovery plan',
    titleCell: 'A1',
    introductionRow: 3,
    introduction: [
      'Please complete this recovery plan template outlining how you will bring your DSG deficit back into balance within a 3 year time frame. Please complete all relevant fields and return the completed recovery plan to financial.management@education.gov.uk.',
      'You may wish to include brief supporting attachments with your request such as forum minutes (if links not available) - these can be added towards the bottom of this page. Spreadsheet calculations should be included on the Financial Summary tab.',
    ],
    /** Column of S/P references and of the word count label; column of questions and answers; column of short answers. */
    columns: { ref: 'A', text: 'B', value: 'C' },
    widths: { A: 11, B: 100, C: 34 },
    fields: [
      { key: 'localAuthority', label: 'Local Authority', required: true },
      { key: 'localAuthorityNumber', label: 'Local Authority number', required: true },
      {
        key: 'schoolsForumAgreement',
        label: 'Does schools forum agree with this recovery plan and when was it presented to them?',
        required: false,
      },
      {
        key: 'schoolsForumLinks',
        label:
          'If yes, please provide link(s) to the minutes and action plans from the schools forum agreement',
        required: false,
      },
    ],
    wordCountLabel: 'Word count:',
    savingsQuestion:
      'Please include a summary of the savings/and or measure you propose to implement over the next three years which will reduce the overspend.',
    pressuresQuestion:
      'Please discuss the local circumstances that have contributed to your deficit. Please provide a brief summary of the pressures in the box below and transfer the forecast spend in this area on the financial summary tab via the appropriate link. Local authorities should consider providing budget pressures in the following areas:',
    pressuresAreas:
      'A) mainstream schools; B) state-funded special schools, C) further education and sixth form colleges, D) independent specialist provision; E) alternative provision',
  },
  financialSummary: {
    sheet: 'Financial Summary',
    title: 'DSG Deficit Recovery Plan',
    titleCell: 'A1',
    headerRow: 3,
    unitsRow: 4,
    firstBodyRow: 5,
    columns: { ref: 'A', block: 'B', provisionType: 'C', action: 'D' },
    headings: {
      ref: 'Ref.',
      block: 'Block',
      provisionType: 'Type of provision e.g. special schools',
      action: 'Action e.g. increasing special school places',
    },
    /** The first year column is headed with the financial year (2018-19), the others "Year 1".."Year 5". */
    firstYearColumn: 'E',
    yearCount: 6,
    laterYearHeading: 'Year ',
    unit: '£',
    widths: { A: 7, B: 13, C: 22, D: 48, year: 13 },
    balanceBroughtForward: 'DSG Balance b/f',
    savings: {
      heading: 'Savings (figures should be entered as negative values)',
      totalLabel: 'Total savings',
      refPrefix: 'S',
      kind: 'saving',
      shownAs: -1,
      entrySign: 'negative',
      labelFrom: ['summary', 'action'],
    } satisfies ReferencedSection,
    pressures: {
      heading: 'Pressures (figures should be entered as positive values)',
      totalLabel: 'Additional Pressures (figures should be entered as positive values)',
      refPrefix: 'P',
      kind: 'pressure',
      shownAs: 1,
      entrySign: 'positive',
      labelFrom: ['action', 'summary'],
    } satisfies ReferencedSection,
    costReductions: 'Cost reductions from impact of recovery plan',
    forecastOverspend: {
      label: 'Total DSG forecast overspend',
      line: { id: 'forecast-overspend', kind: 'expenditure', links: { drpRow: 'forecastOverspend' } },
      shownAs: 1,
      zeroShownAsBlank: true,
    } satisfies FixedInputRow,
    netImpact: 'Net in year impact on High Needs DSG',
    /** The rows between the net impact and the variance, in the template's order. */
    adjustments: [
      {
        label: 'Estimated High Needs Block change (additional grant)',
        line: { id: 'hnb-change', kind: 'hnbAllocation', links: { drpRow: 'hnbChange' } },
        shownAs: -1,
      },
      {
        label: 'Approved transfer of schools block to HN block',
        line: {
          id: 'schools-block-transfer',
          kind: 'blockTransfer',
          links: { drpRow: 'schoolsBlockTransfer', block: 'Schools' },
        },
        shownAs: -1,
      },
      {
        label: 'Other adjustments',
        line: { id: 'other-adjustments', kind: 'otherIncome', links: { drpRow: 'otherAdjustments' } },
        shownAs: -1,
      },
    ] satisfies FixedInputRow[],
    netVariance: 'Net in year Forecast Outturn Variance',
    /** The first year's balance is entered (the 31 March balance); later years are b/f + variance. */
    balanceCarriedForward: 'DSG Balance – show a deficit as a positive value',
    deficitLabel: 'DEFICIT',
    surplusLabel: 'SURPLUS',
    keyHeading: 'Key',
    keyInputLabel: 'User entry required',
  },
  ehcp: {
    sheet: 'EHCP Data',
    title: 'Education, Health and Care Plans',
    titleCell: 'A1',
    headerRow: 3,
    columns: { year: 'A', plans: 'B', totalHnb: 'C', outturn: 'D', cumulative: 'E' },
    headings: {
      year: '',
      plans: 'Number of CYP with Statements/ EHCPs',
      totalHnb: 'Total HNB',
      outturn: 'Outturn',
      cumulative: 'Cumulative',
    },
    /** Empty rows between the EHCP table and the age-band table. */
    gapRows: 1,
    ageBandLabelColumn: 'A',
    percentHeading: '% against total',
    totalLabel: 'Total',
    widths: { A: 14, B: 16, C: 14, D: 14, E: 14, other: 10 },
  },
} as const;

/** The shape of a template layout description (a re-issued template is another object of this shape). */
export type RecoveryPlan2019Layout = typeof recoveryPlan2019Layout;

/** The financial table's year columns: E (the current year) to J (Year 5). */
export function yearColumns(): string[] {
  const first = columnNumber(recoveryPlan2019Layout.financialSummary.firstYearColumn);
  return Array.from({ length: recoveryPlan2019Layout.financialSummary.yearCount }, (_, i) =>
    columnLetter(first + i),
  );
}

/** Columns of the age-band table for census year i: the count, then its % of the total (B, C; D, E; ...). */
export function ageBandColumns(yearIndex: number): { count: string; percent: string } {
  const first = columnNumber(recoveryPlan2019Layout.ehcp.ageBandLabelColumn) + 1;
  return { count: columnLetter(first + 2 * yearIndex), percent: columnLetter(first + 1 + 2 * yearIndex) };
}
