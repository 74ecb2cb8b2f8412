import type { PlanLine, PlanVersion, RecoveryPlanDocument } from '../../core/finance';
import { formatMoney } from '../../core/money';
import { nextFinancialYear } from '../../core/periods';
import { recoveryPlan2019Layout as layout, type FixedInputRow, type ReferencedSection } from './layout';

const table = layout.financialSummary;
const fixedRows: readonly FixedInputRow[] = [table.forecastOverspend, ...table.adjustments];

/** Does `ref` read as a reference of this section: S1, S2... or P1, P2...? */
export function isSectionRef(section: ReferencedSection, ref: string): boolean {
  return new RegExp(`^${section.refPrefix}[1-9]\\d*$`, 'u').test(ref);
}

/** The fixed row (forecast overspend, HNB change, transfer, other adjustments) a line belongs on. */
export function fixedRowOf(line: PlanLine): FixedInputRow | undefined {
  return fixedRows.find((row) => row.line.kind === line.kind && row.line.links.drpRow === line.links.drpRow);
}

/**
 * Why a plan version and its document cannot be written on the 2019 template without changing their
 * figures (an empty list when they can). Line ids become their S/P references, and labels come back
 * from the summaries (savings) or the action (pressures); those are not problems.
 */
export function recoveryPlanFitProblems(plan: PlanVersion, doc: RecoveryPlanDocument): string[] {
  const problems: string[] = [];
  if (plan.years.length !== table.yearCount) {
    problems.push(
      `The template has ${table.yearCount} year columns (the current year and Years 1-${table.yearCount - 1}); "${plan.version}" has ${plan.years.length} years.`,
    );
  }
  plan.years.slice(1).forEach((year, i) => {
    if (year !== nextFinancialYear(plan.years[i]!))
      problems.push(
        `The template's years follow one another; "${plan.version}" goes from ${plan.years[i]!} to ${year}.`,
      );
  });
  if (plan.opening.dfeContributionsToDate !== 0)
    problems.push('The template has no row for DfE contributions; the opening position has some.');

  const refs = new Map<string, string>();
  const rowsTaken = new Map<string, string>();
  for (const line of plan.lines) {
    const name = `line "${line.id}" (${line.label.slice(0, 50)})`;
    if (line.memo) problems.push(`${name} is a memorandum line; the template has no place for it.`);
    const section =
      line.kind === 'saving' ? table.savings : line.kind === 'pressure' ? table.pressures : undefined;
    if (section) {
      const ref = line.links.drpRef ?? '';
      if (!isSectionRef(section, ref))
        problems.push(
          `${name} is a ${section.kind} without a recovery-plan reference like ${section.refPrefix}1 (it has '${ref}').`,
        );
      else if (refs.has(ref))
        problems.push(`${name} and line "${refs.get(ref)!}" both have the reference ${ref}.`);
      refs.set(ref, line.id);
      for (const year of plan.years) {
        const amount = line.amounts[year] ?? 0;
        if (amount < 0)
          problems.push(
            `${name}, ${year}: ${formatMoney(amount)} would print with the wrong sign; the template asks for ${section.kind === 'saving' ? 'savings as negative' : 'pressures as positive'} values.`,
          );
      }
      continue;
    }
    const row = fixedRowOf(line);
    if (!row) {
      problems.push(
        `${name}: the template has no row for a ${line.kind} line${line.links.drpRow ? ` marked '${line.links.drpRow}'` : ''}.`,
      );
    } else if (rowsTaken.has(row.label)) {
      problems.push(
        `${name} and line "${rowsTaken.get(row.label)!}" both belong on the row '${row.label}', which holds one line.`,
      );
    } else rowsTaken.set(row.label, line.id);
  }

  doc.ageBands.forEach((band) => {
    if (band.counts.length !== doc.ehcpTable.length) {
      problems.push(
        `The age band '${band.band}' has ${band.counts.length} years of counts; the EHCP table has ${doc.ehcpTable.length} years.`,
      );
    }
  });
  for (const [section, summaries] of [
    [table.savings, doc.savingsSummary],
    [table.pressures, doc.pressuresSummary],
  ] as const) {
    for (const s of summaries)
      if (!isSectionRef(section, s.ref))
        problems.push(
          `The ${section.kind}s summary has the reference '${s.ref}'; expected ${section.refPrefix}1, ${section.refPrefix}2...`,
        );
  }
  return problems;
}
